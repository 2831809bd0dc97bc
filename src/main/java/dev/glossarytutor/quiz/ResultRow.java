package dev.glossarytutor.quiz;

/** One participant's line in a quiz's results table. */
public record ResultRow(int rank, String user, int correct, int answered) {
}
