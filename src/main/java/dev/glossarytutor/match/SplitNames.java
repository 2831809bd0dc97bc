package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Word;
import java.util.List;
import java.util.Set;

/**
 * What {@link VerbObjectNames} and {@link NominalisedNames} share: a name of two words said with its words apart and
 * reshaped ("testing a hypothesis", "independence of two events"), found over a word, what stands after it, and a
 * noun.
 */
final class SplitNames {
    /** As sure as a name split in two ({@link NameHit#score}). */
    static final double SCORE = 0.95;
    /** Shorter shared stems say too little. */
    static final int MIN_STEM = 4;

    private SplitNames() {
    }

    /** The names of two words as written (not derived, not an initialism in capitals): the ones said apart. */
    static List<NameForm> ofTwoWords(List<NameForm> all) {
        return all.stream().filter(nf -> nf.words().size() == 2 && !nf.derived() && !nf.capitals()).toList();
    }

    /**
     * The index of the noun after word {@code at} (a verb, or an "of"), over at most one word tagged as in
     * {@code between}, with no punctuation between and no noun after it that it would modify ("testing a hypothesis
     * test"); -1 when none.
     */
    static int nounAfter(List<Word> words, int at, Set<String> between) {
        int k = at + 1;
        if (k < words.size() && between.contains(words.get(k).pos()) && adjacent(words, k)) {
            k++;
        }
        // the noun's tag is not read: the repairs make a closing noun a verb ("what does X control"), and the
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
