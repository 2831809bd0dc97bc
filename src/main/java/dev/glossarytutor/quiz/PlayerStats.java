package dev.glossarytutor.quiz;

import java.time.Instant;

/**
 * One student's quiz record in one server.
 *
 * @param answered   questions answered
 * @param correct    answered correctly
 * @param streak     correct answers in a row, up to the last answer
 * @param bestStreak longest streak so far
 * @param lastPlayed time of the last answer
 */
public record PlayerStats(String server, String user, int answered, int correct, int streak, int bestStreak,
                          Instant lastPlayed) {

    /** Correct answers as a share of all answers, 0..1. */
    public double accuracy() {
        return answered == 0 ? 0 : (double) correct / answered;
    }
}
