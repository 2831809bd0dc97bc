package dev.glossarytutor.answer;

import dev.glossarytutor.glossary.Entry;

/**
 * One entry that may answer a question, with its signals.
 *
 * @param entry    the entry
 * @param features its signals, indexed by {@link Feature#ordinal()}
 */
public record Candidate(Entry entry, double[] features) {

    public double get(Feature f) {
        return features[f.ordinal()];
    }
}
