package dev.glossarytutor.discord;

/** Discord refused the connection or could not be reached; the message says what to check. */
public final class DiscordLoginException extends RuntimeException {
    public DiscordLoginException(String message, Throwable cause) {
        super(message, cause);
    }
}
