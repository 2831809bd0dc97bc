package dev.glossarytutor.totd;

/** Input an instructor typed that cannot be used; the message says what is expected and is safe to show. */
public final class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }
}
