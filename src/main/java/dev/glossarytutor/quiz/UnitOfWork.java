package dev.glossarytutor.quiz;

/**
 * Runs repository calls as one unit: all of their writes are kept, or, when {@code work} throws,
 * none. An answer's score and its Leitner step go through one, so neither is ever half-written.
 */
@FunctionalInterface
public interface UnitOfWork {
    void run(Runnable work);
}
