package dev.glossarytutor.nlp;

import java.util.Set;

/**
 * A question asking which X someone chose, needs or recommends, not what X is: "what batch size did
 * you use for exercise 3?", "what grade do we need to pass?". Its grammar: a bare "what", a noun
 * phrase of up to {@value #MAX_PHRASE_WORDS} words, then an auxiliary verb and its subject. The
 * noun phrase is the object the question asks a value of, so naming a term there asks for no
 * definition. "what kind of convolution do I use" asks for a kind of thing and is left to the
 * frames that read descriptions.
 */
final class ChoiceQuestion {
    private static final int MAX_PHRASE_WORDS = 3;
    /** Nouns that ask for a kind of thing rather than a value of it. */
    private static final Set<String> KIND_NOUNS = Set.of("kind", "kinds", "type", "types", "sort", "sorts");
    /** Parts of speech that may start the auxiliary's subject: "you", "we", "the model". */
    private static final Set<String> SUBJECT_STARTS = Set.of("PRON", "DET", "PROPN");

    private ChoiceQuestion() {
    }

    /** True when the message's frame {@code define} is a bare "what" opening such a question. */
    static boolean asks(Message m, DefineFrame define) {
        if (define == null || !define.text().strip().equals("what")) {
            return false;
        }
        int i = define.end();
        int phrase = 0;
        while (i < m.size() && phrase < MAX_PHRASE_WORDS && isPhraseWord(m.word(i))) {
            if (KIND_NOUNS.contains(m.word(i).norm())) {
                return false;
            }
            phrase++;
            i++;
        }
        return phrase > 0 && m.word(i - 1).isNounLike() && i + 1 < m.size() && m.word(i).pos().equals("AUX")
                && SUBJECT_STARTS.contains(m.word(i + 1).pos());
    }

    /**
     * A word of the noun phrase. The tagger often reads a modifier right after "what" as a verb
     * ("what batch/VERB size did you use"), so a verb counts too; the phrase must end in a noun.
     */
    private static boolean isPhraseWord(Word w) {
        return w.isNounLike() || w.pos().equals("ADJ") || w.pos().equals("VERB");
    }
}
