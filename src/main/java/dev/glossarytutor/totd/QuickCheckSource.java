package dev.glossarytutor.totd;

import dev.glossarytutor.glossary.Entry;

/**
 * Makes the quick check for a term of the day. The lead binds this to the quiz engine; until then
 * {@link GlossaryQuickCheckSource} builds one from the glossary alone.
 */
@FunctionalInterface
public interface QuickCheckSource {
    /**
     * A check whose right answer is {@code entry}, its wrong options drawn from {@code serverId}'s
     * glossary; may throw when none can be made (the post goes out without one).
     */
    QuickCheck quickCheckFor(String serverId, Entry entry);
}
