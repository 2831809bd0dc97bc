package dev.glossarytutor.match;

/**
 * A name the glossary does not write but implies, such as "CLT" for Central Limit Theorem. The
 * matcher should trust it less than a written name.
 *
 * @param name the name as a student would type it ("CLT", "switch")
 * @param kind how it was derived
 */
public record DerivedName(String name, Kind kind) {

    /** How a derived name was made. */
    public enum Kind {
        /** The initials of a name of several words: "SD" for Standard deviation. */
        INITIALISM,
        /** The last word of a name of several words: "switch" for Network switch. */
        HEAD_NOUN
    }
}
