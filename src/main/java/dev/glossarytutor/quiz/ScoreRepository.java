package dev.glossarytutor.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Quiz scores per (server, user) and a log of every answer, which the "last 7 days" board reads.
 * Implemented by the store; {@link QuizProgress} puts a score and its Leitner step in one
 * {@link UnitOfWork}.
 */
public interface ScoreRepository {

    /** Counts one answer: answered, correct, streak and best streak, and a line in the answer log. */
    void record(String server, String user, String term, boolean correct, Instant at);

    Optional<PlayerStats> stats(String server, String user);

    /** All-time board of a server: most correct first, fewer attempts breaking ties, then the user id. */
    List<LeaderboardRow> leaderboard(String server, int limit);

    /** The board of answers given at or after {@code since} (e.g. the last 7 days), ranked the same way. */
    List<LeaderboardRow> leaderboardSince(String server, Instant since, int limit);
}
