package dev.glossarytutor.nlp;

import java.util.List;
import java.util.Set;

/**
 * A noun phrase closed by a word asking for its meaning, the chat form of "what does X mean": "RV meaning in stats",
 * "H1 meaning?", "variance definition pls". The words after the asking word may only say where the phrase was met
 * ("in stats", "for the exam") or be interjections.
 */
final class ClosingMeaningFrame {
    /** Prepositions that say where a phrase was met: "in stats", "for the exam". */
    private static final Set<String> SETTING = Set.of("in", "for");
    /** At most this many words after the preposition: "in stats", "in this course". */
    private static final int SETTING_WORDS = 3;
    /** Parts of speech a noun phrase asked about is made of. */
    private static final Set<String> PHRASE = Set.of("NOUN", "PROPN", "ADJ", "NUM", "X");

    private ClosingMeaningFrame() {
    }

    /** The index of the asking word closing the noun phrase that opens the message; -1 when the message has none. */
    static int at(Message m) {
        List<Word> words = m.words();
        int ask = 0;
        while (ask < words.size() && PHRASE.contains(words.get(ask).pos())
                && !QuestionWords.MEANING_NOUNS.contains(words.get(ask).norm())) {
            ask++;
        }
        if (ask == 0 || ask >= words.size() || !QuestionWords.MEANING_NOUNS.contains(words.get(ask).norm())) {
            return -1;
        }
        int rest = ask + 1;
        while (rest < words.size() && words.get(rest).pos().equals("INTJ")) {
            rest++;
        }
        if (rest == words.size()) {
            return ask;
        }
        List<Word> setting = words.subList(rest + 1, words.size());
        boolean saysWhere = SETTING.contains(words.get(rest).norm()) && !setting.isEmpty()
                && setting.size() <= SETTING_WORDS && setting.stream().allMatch(w -> w.isNounLike()
                || w.pos().equals("DET") || w.pos().equals("INTJ"));
        return saysWhere ? ask : -1;
    }
}
