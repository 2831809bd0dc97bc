package dev.glossarytutor.coverage;

import java.time.Instant;
import java.util.List;

/** The log of questions the glossary could not answer, and of the terms it did answer. */
public interface GapRepository {

    /** Logs a question the tutor abstained on, with the suggestions it offered. */
    void logGap(String serverId, Instant at, String question, String normalized, List<String> suggestions);

    /** Logs the terms one answer quoted. */
    void logAnswered(String serverId, Instant at, List<String> terms);

    /**
     * The {@code limit} most frequent gaps (by normalized text, the latest wording as example; ties:
     * most recent first) and most-asked terms (ties: by term) of a server.
     */
    GapReport report(String serverId, int limit);
}
