package dev.glossarytutor.quiz;

/** Who scores on a channel question. */
public enum Scoring {
    /** The first correct answer scores and closes the question at once. */
    FIRST_CORRECT,
    /** Every correct answer before the timer runs out scores. */
    EVERY_CORRECT
}
