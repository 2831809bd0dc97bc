package dev.glossarytutor.quiz;

/** The reply to a stop request: stopped, or why not (a message to show the user). */
public record StopResult(boolean stopped, String message) {
}
