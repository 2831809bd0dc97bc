package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Word;
import java.util.List;
import java.util.Set;

/**
 * A name of a noun and an -ing noun said as the verb and its object: "testing a hypothesis" and "how do we test
 * hypotheses" name Hypothesis testing, "networking computers" names Computer networking. English makes such a
 * compound of a verb's object and the verb's -ing noun ("hypothesis testing" is the testing of hypotheses), so the
 * clause says what the compound names.
 */
final class VerbObjectNames {
    /** As sure as a name split in two ({@link NameHit#score}). */
    private static final double SCORE = 0.95;
    /** Parts of speech that may stand between the verb and its object: "a", "the", "my". */
    private static final Set<String> BETWEEN = Set.of("DET", "PRON");
    /** Shorter shared stems say too little. */
    private static final int MIN_STEM = 4;

    /** The names of two words whose second is an -ing noun and whose first is not. */
    private final List<NameForm> names;

    VerbObjectNames(List<NameForm> all) {
        this.names = all.stream()
                .filter(nf -> nf.words().size() == 2 && !nf.derived() && !nf.capitals())
                .filter(nf -> NounGerund.isGerund(nf.words().get(1)) && !nf.words().get(0).norm().endsWith("ing"))
                .toList();
    }

    /** Adds to {@code out} a hit for each such name that {@code words} say as a verb and its object. */
    void addTo(List<Word> words, List<NameHit> out) {
        if (names.isEmpty()) {
            return;
        }
        for (int verb = 0; verb + 1 < words.size(); verb++) {
            Word v = words.get(verb);
            if (!v.pos().equals("VERB")) {
                continue;
            }
            String stem = LexicalIndex.stem(v);
            if (stem.length() < MIN_STEM) {
                continue;
            }
            int object = nounAfter(words, verb, BETWEEN);
            if (object < 0) {
                continue;
            }
            for (NameForm nf : names) {
                if (stem.equals(LexicalIndex.stem(nf.words().get(1))) && words.get(object).sameAs(nf.words().get(0))) {
                    out.add(new NameHit(nf.entry(), nf.name(), verb, object + 1, SCORE, false, false));
                }
            }
        }
    }

    /**
     * The index of the noun after word {@code at} (a verb, or the "of" of {@link NominalisedNames}), over at most one
     * word tagged as in {@code between}, with no punctuation between and no noun after it that it would modify
     * ("testing a hypothesis test"); -1 when none.
     */
    static int nounAfter(List<Word> words, int at, Set<String> between) {
        int k = at + 1;
        if (k < words.size() && between.contains(words.get(k).pos()) && adjacent(words, k)) {
            k++;
        }
        // the object's tag is not read: the repairs make a closing noun a verb ("what does X control"), and the
        // name's noun must be spelt there anyway
        if (k >= words.size() || !adjacent(words, k)) {
            return -1;
        }
        boolean modifiesANoun = k + 1 < words.size() && words.get(k + 1).isNounLike() && adjacent(words, k + 1);
        return modifiesANoun ? -1 : k;
    }

    /** No punctuation between word {@code i} and the one before it. */
    static boolean adjacent(List<Word> words, int i) {
        return words.get(i).token() <= words.get(i - 1).token() + 1;
    }
}
