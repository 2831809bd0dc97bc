package dev.glossarytutor.quiz;

/** The reply to a start request: started, or why not (a message to show the user). */
public record StartResult(boolean started, QuizKey key, String message) {
}
