package dev.glossarytutor.explain;

import java.util.Objects;

/** The LLM gave no usable text; {@link #reason()} says what went wrong, for the log and the note. */
public final class RephraseException extends RuntimeException {

    /** What went wrong, coarse enough to act on. */
    public enum Reason {
        /** No answer within the deadline. */
        TIMEOUT,
        /** The service answered with an HTTP error, or could not be reached. */
        HTTP_ERROR,
        /** The service answered with something that is not a chat completion. */
        MALFORMED,
        /** The model or its content filter declined. */
        REFUSAL,
        /** Anything else. */
        FAILED
    }

    private final Reason reason;

    public RephraseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public RephraseException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
