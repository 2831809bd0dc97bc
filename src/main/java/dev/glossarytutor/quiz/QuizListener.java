package dev.glossarytutor.quiz;

/** Receives quiz events; must not throw (failures are logged and ignored). */
@FunctionalInterface
public interface QuizListener {
    void on(QuizEvent event);
}
