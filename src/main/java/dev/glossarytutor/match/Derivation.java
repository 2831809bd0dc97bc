package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Word;
import java.util.Set;

/**
 * A word of a question that is another part of speech of a name's word, one derivation away:
 * "standardize" for Standardization, "significant" for significance, "normally" for Normal,
 * "modulated" for Modulation. Students ask with the verb or adjective of a concept the glossary
 * names with a noun ("what does it mean to standardize", "statistically significant").
 *
 * <p>Only a verb, adjective or adverb that carries a suffix its stem lacks counts, or a bare verb whose
 * noun the name is ("augment" for Augmentation): the noun "meaning" is not the concept Mean, and the
 * bare adjective "standard" is not Standardization.
 */
final class Derivation {
    /** The parts of speech a derived form of a noun or adjective takes in a question. */
    private static final Set<String> DERIVED_POS = Set.of("VERB", "ADJ", "ADV");
    /** Suffixes that make a noun of a verb: "augmentation", "prediction", "embedding", "adjustment". */
    private static final Set<String> NOUN_SUFFIXES = Set.of("ation", "ion", "ment", "ing");
    /** Shorter shared stems say too little ("mod", "var"). */
    private static final int MIN_STEM = 4;

    private Derivation() {
    }

    /** True when {@code asked} is a derived form of {@code named} (not the same word: see {@link Word#sameAs}). */
    static boolean related(Word asked, Word named) {
        if (!DERIVED_POS.contains(asked.pos())) {
            return false;
        }
        String stem = LexicalIndex.stem(asked);
        return stem.length() >= MIN_STEM && (!stem.equals(asked.norm()) || nominalises(asked, named))
                && !asked.sameAs(named) && stem.equals(LexicalIndex.stem(named));
    }

    /**
     * {@code named} is the noun of the bare verb {@code asked}, the verb and a suffix that makes nouns of verbs:
     * "augment" for Augmentation, "embed" for embedding (not the adjective "standard" for Standardization).
     */
    private static boolean nominalises(Word asked, Word named) {
        String verb = asked.norm();
        String noun = named.norm();
        char last = verb.charAt(verb.length() - 1);
        // the verb's last consonant may be doubled before the suffix: "embed", "embedding"
        return asked.pos().equals("VERB")
                && NOUN_SUFFIXES.stream().anyMatch(suffix -> noun.equals(verb + suffix) || noun.equals(verb + last + suffix));
    }

    /**
     * {@link #related}, or one of the two is the -ing noun of the other: "sample" for sampling, "code" for
     * coding, and "sampling" for sample. The second holds only inside a name of several words ("probability
     * sample" for Probability sampling, "convenience sampling" for Convenience sample): alone, "a pool" is
     * not Pooling.
     */
    static boolean relatedInALongerName(Word asked, Word named) {
        return related(asked, named) || gerund(asked, named) || gerund(named, asked);
    }

    /** {@code noun} is a noun and {@code ing} its -ing noun: the same Snowball stem, one with -ing, one without. */
    private static boolean gerund(Word noun, Word ing) {
        if (!ing.norm().endsWith("ing") || !noun.isNounLike() || noun.norm().endsWith("ing") || noun.sameAs(ing)) {
            return false;
        }
        String stem = LexicalIndex.stem(noun);
        return stem.length() >= MIN_STEM && stem.equals(LexicalIndex.stem(ing));
    }
}
