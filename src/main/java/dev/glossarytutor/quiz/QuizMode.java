package dev.glossarytutor.quiz;

/** Who takes part in a quiz. */
public enum QuizMode {
    /** Everyone in the channel may answer; one such quiz per channel at a time. */
    CHANNEL,
    /** One student, privately; each question closes as soon as they answer. */
    PERSONAL
}
