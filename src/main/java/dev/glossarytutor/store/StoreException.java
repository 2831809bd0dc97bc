package dev.glossarytutor.store;

/** A database failure, unchecked so that callers above the store need not know about JDBC. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
