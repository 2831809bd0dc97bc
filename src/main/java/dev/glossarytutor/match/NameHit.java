package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Word;
import dev.glossarytutor.glossary.Entry;

/**
 * A glossary name found in a message.
 *
 * @param entry    the entry named
 * @param name     which of its names matched
 * @param from     first word index of the match (in the message's {@link Word} list)
 * @param to       one past the last word index
 * @param score    how exact the match is: 1 exact, ~0.97 inflection or spelling, ~0.95 joined/split, lower for typos
 * @param conflict true when the match sits inside a larger noun phrase that names something else
 *                 ("weight" in "weight decay"), so it is a suggestion rather than an answer
 * @param derived  true when the name is one the glossary implies but does not write ("CLT", "switch")
 */
public record NameHit(Entry entry, String name, int from, int to, double score, boolean conflict, boolean derived) {

    /** A hit on a name the glossary writes. */
    public NameHit(Entry entry, String name, int from, int to, double score, boolean conflict) {
        this(entry, name, from, to, score, conflict, false);
    }

    public int length() {
        return to - from;
    }
}
