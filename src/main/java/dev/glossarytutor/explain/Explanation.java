package dev.glossarytutor.explain;

import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.Quote;
import java.util.Objects;
import java.util.Optional;

/**
 * The reply to an {@link ExplainRequest}: the verbatim definition first, then, at most, an AI
 * rephrasing beneath it. Without a rephrasing, {@link #note} says why in one short sentence.
 *
 * @param lookup     the tutor's answer for the term: a definition to quote, or a not-found with
 *                   suggestions; transports render it as they render {@code /define}
 * @param rephrasing the guarded AI text, shown under {@link #AI_LABEL}; empty when there is none
 * @param note       why there is no rephrasing; empty when there is one or the term is unknown
 * @param outcome    what happened, for transports and logs
 */
public record Explanation(Answer lookup, Optional<String> rephrasing, String note, Outcome outcome) {

    /** The heading shown above every rephrasing, so nobody mistakes it for the glossary. */
    public static final String AI_LABEL = "AI rephrasing (may be imperfect; the definition above is the reference)";

    /** What happened to a request. */
    public enum Outcome {
        /** The definition and a rephrasing. */
        REPHRASED,
        /** The glossary has no such term; nothing was sent to the LLM. */
        NOT_FOUND,
        /** No LLM is configured; the definition alone. */
        NOT_CONFIGURED,
        /** The student asked too often; the definition alone. */
        RATE_LIMITED,
        /** The LLM failed, timed out or refused; the definition alone. */
        UNAVAILABLE,
        /** The LLM's text failed the output guard (empty, a copy); the definition alone. */
        REJECTED
    }

    public Explanation {
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(rephrasing, "rephrasing");
        Objects.requireNonNull(outcome, "outcome");
        note = note == null ? "" : note;
        if (rephrasing.isPresent() != (outcome == Outcome.REPHRASED)) {
            throw new IllegalArgumentException("a rephrasing comes with outcome REPHRASED and only then");
        }
    }

    /** The entry quoted: the first quote of the lookup, if the term was found. */
    public Optional<Quote> quote() {
        return lookup.quotes().stream().findFirst();
    }
}
