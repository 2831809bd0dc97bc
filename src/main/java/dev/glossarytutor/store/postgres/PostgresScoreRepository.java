package dev.glossarytutor.store.postgres;

import dev.glossarytutor.quiz.LeaderboardRow;
import dev.glossarytutor.quiz.PlayerStats;
import dev.glossarytutor.quiz.ScoreRepository;
import dev.glossarytutor.quiz.TermAccuracyRepository;
import dev.glossarytutor.quiz.TermScore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link ScoreRepository} and {@link TermAccuracyRepository} on PostgreSQL. {@code record} joins the caller's
 * transaction, if any; its upsert locks the player's row, so answers from two processes add up. User ids and
 * terms sort by code point, as on SQLite.
 */
public final class PostgresScoreRepository implements ScoreRepository, TermAccuracyRepository {

    private final PostgresDatabase db;

    public PostgresScoreRepository(PostgresDatabase db) {
        this.db = db;
    }

    private static void record(Connection c, String server, String user, String term, boolean correct, Instant at)
            throws SQLException {
        int hit = correct ? 1 : 0;
        try (PreparedStatement up = c.prepareStatement("""
                INSERT INTO quiz_scores (server, user_id, answered, correct, streak, best_streak, last_played)
                VALUES (?, ?, 1, ?, ?, ?, ?)
                ON CONFLICT (server, user_id) DO UPDATE SET
                    answered    = quiz_scores.answered + 1,
                    correct     = quiz_scores.correct + excluded.correct,
                    streak      = CASE WHEN excluded.correct = 1 THEN quiz_scores.streak + 1 ELSE 0 END,
                    best_streak = GREATEST(quiz_scores.best_streak,
                                           CASE WHEN excluded.correct = 1 THEN quiz_scores.streak + 1 ELSE 0 END),
                    last_played = GREATEST(quiz_scores.last_played, excluded.last_played)
                """)) {
            up.setString(1, server);
            up.setString(2, user);
            up.setInt(3, hit);
            up.setInt(4, hit);
            up.setInt(5, hit);
            up.setLong(6, at.toEpochMilli());
            up.executeUpdate();
        }
        try (PreparedStatement log = c.prepareStatement(
                "INSERT INTO quiz_answers (server, user_id, term, correct, answered_at) VALUES (?, ?, ?, ?, ?)")) {
            log.setString(1, server);
            log.setString(2, user);
            log.setString(3, term);
            log.setInt(4, hit);
            log.setLong(5, at.toEpochMilli());
            log.executeUpdate();
        }
    }

    @Override
    public void record(String server, String user, String term, boolean correct, Instant at) {
        db.inTransaction(c -> {
            record(c, server, user, term, correct, at);
            return null;
        });
    }

    @Override
    public Optional<PlayerStats> stats(String server, String user) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT answered, correct, streak, best_streak, last_played"
                    + " FROM quiz_scores WHERE server = ? AND user_id = ?")) {
                q.setString(1, server);
                q.setString(2, user);
                ResultSet rs = q.executeQuery();
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PlayerStats(server, user, rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), Instant.ofEpochMilli(rs.getLong(5))));
            }
        });
    }

    /** All-time board of a server: most correct first, fewer attempts breaking ties. */
    @Override
    public List<LeaderboardRow> leaderboard(String server, int limit) {
        return board("SELECT user_id, correct, answered FROM quiz_scores WHERE server = ?"
                + " ORDER BY correct DESC, answered ASC, user_id COLLATE \"C\" LIMIT ?", server, null, limit);
    }

    /** The board of answers given at or after {@code since} (e.g. the last 7 days). */
    @Override
    public List<LeaderboardRow> leaderboardSince(String server, Instant since, int limit) {
        return board("SELECT user_id, SUM(correct) AS c, COUNT(*) AS n FROM quiz_answers"
                + " WHERE server = ? AND answered_at >= ? GROUP BY user_id"
                + " ORDER BY c DESC, n ASC, user_id COLLATE \"C\" LIMIT ?", server, since, limit);
    }

    private List<LeaderboardRow> board(String sql, String server, Instant since, int limit) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                int i = 1;
                q.setString(i++, server);
                if (since != null) {
                    q.setLong(i++, since.toEpochMilli());
                }
                q.setInt(i, limit);
                ResultSet rs = q.executeQuery();
                List<LeaderboardRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new LeaderboardRow(rows.size() + 1, rs.getString(1), rs.getInt(2), rs.getInt(3)));
                }
                return rows;
            }
        });
    }

    @Override
    public ClassAccuracy accuracy(String server, Instant since) {
        return db.read(c -> {
            int students;
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT COUNT(DISTINCT user_id) FROM quiz_answers WHERE server = ? AND answered_at >= ?")) {
                q.setString(1, server);
                q.setLong(2, since.toEpochMilli());
                ResultSet rs = q.executeQuery();
                students = rs.next() ? rs.getInt(1) : 0;
            }
            List<TermScore> terms = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT term, COUNT(*), SUM(correct) FROM quiz_answers"
                    + " WHERE server = ? AND answered_at >= ? GROUP BY term ORDER BY term COLLATE \"C\"")) {
                q.setString(1, server);
                q.setLong(2, since.toEpochMilli());
                ResultSet rs = q.executeQuery();
                while (rs.next()) {
                    terms.add(new TermScore(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                }
            }
            return new ClassAccuracy(students, terms);
        });
    }
}
