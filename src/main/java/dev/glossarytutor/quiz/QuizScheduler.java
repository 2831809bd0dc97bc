package dev.glossarytutor.quiz;

import java.time.Duration;

/**
 * Runs a task after a delay. The quiz's only source of time passing: production uses
 * {@link ExecutorQuizScheduler}, tests a manual fake that runs tasks when told, so no test sleeps.
 */
public interface QuizScheduler {

    /** Runs {@code task} once after {@code delay}; the handle cancels it if it has not run. */
    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task that may still be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
