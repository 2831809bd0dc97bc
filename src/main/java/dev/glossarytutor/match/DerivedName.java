package dev.glossarytutor.match;

/**
 * A name the glossary does not write as a name but implies, such as "CLT" for Central Limit Theorem,
 * or states inside a definition ("also known as ..."). The matcher should trust it less than a
 * written name.
 *
 * @param name the name as a student would type it ("CLT", "switch")
 * @param kind how it was derived
 */
public record DerivedName(String name, Kind kind) {

    /** How a derived name was made. */
    public enum Kind {
        /** The initials of a name of several words: "SD" for Standard deviation. */
        INITIALISM,
        /**
         * The initials with a small letter for each preposition, as such acronyms are written: "MoE" for
         * Margin of error. Matched only when typed with its capitals, so it may be an English word.
         */
        CASED_INITIALISM,
        /** The last word of a name of several words: "switch" for Network switch. */
        HEAD_NOUN,
        /** A name the definition states for its term: "Bayes' rule" from "also referred to as Bayes' rule". */
        STATED,
        /**
         * The first word of a name of two words when it is no English word: "simplex" for Simplex
         * communication, "Poisson" for Poisson distribution, "OSI" for OSI model.
         */
        LEADING_WORD
    }
}
