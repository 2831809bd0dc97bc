package dev.glossarytutor.instructor;

/** A student tried an instructor tool; the message is safe to show them. */
public final class NotInstructorException extends RuntimeException {
    public NotInstructorException(String message) {
        super(message);
    }
}
