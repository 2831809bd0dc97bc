package dev.glossarytutor.quiz;

/** One line of a leaderboard: 1-based rank, the student, correct and total answers. */
public record LeaderboardRow(int rank, String user, int correct, int answered) {
}
