package dev.glossarytutor.coverage;

import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.AnswerListener;
import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.nlp.Spelling;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every question the tutor abstains on (and every term it answers) as it happens, so
 * instructors can see what the glossary is missing. Registered as a {@link AnswerListener}, it
 * hears every transport without any of them having to remember it.
 */
public final class CoverageGaps implements AnswerListener {
    private static final Logger log = LoggerFactory.getLogger(CoverageGaps.class);
    public static final int MAX_REPORT_LINES = 100;

    private final GapRepository store;
    private final Clock clock;

    public CoverageGaps(GapRepository store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void answered(String serverId, Answer answer) {
        try {
            switch (answer.kind()) {
                case NOT_FOUND -> {
                    String normalized = Spelling.normalize(answer.question());
                    if (!normalized.isEmpty()) {
                        store.logGap(serverId, clock.instant(), answer.question().strip(), normalized, answer.suggestions());
                    }
                }
                case DEFINITION, COMPARISON -> store.logAnswered(serverId, clock.instant(), answer.terms());
                default -> {
                    // chatter and invalid input say nothing about the glossary
                }
            }
        } catch (RuntimeException e) {
            // the student already has the answer; losing one log line must not bother them
            log.warn("Could not log a {} answer for server {}: {}", answer.kind(), serverId, e.getMessage());
        }
    }

    /** The server's most frequent gaps and most-asked terms, at most {@code limit} of each. */
    public GapReport report(Actor actor, String serverId, int limit) {
        actor.requireInstructor("see the coverage gaps");
        if (limit < 1 || limit > MAX_REPORT_LINES) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_REPORT_LINES + ", got " + limit);
        }
        return store.report(serverId, limit);
    }
}
