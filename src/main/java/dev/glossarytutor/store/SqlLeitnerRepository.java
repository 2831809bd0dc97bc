package dev.glossarytutor.store;

import dev.glossarytutor.quiz.LeitnerCard;
import dev.glossarytutor.quiz.LeitnerRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link LeitnerRepository} on SQLite or PostgreSQL: the SQL is the same; text sorts by code point on both. */
public final class SqlLeitnerRepository implements LeitnerRepository {

    private final SqlDatabase db;

    public SqlLeitnerRepository(SqlDatabase db) {
        this.db = db;
    }

    private static Optional<LeitnerCard> card(Connection c, String user, String term) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT box, due_at, last_seen FROM leitner_cards WHERE user_id = ? AND term = ?")) {
            q.setString(1, user);
            q.setString(2, term);
            ResultSet rs = q.executeQuery();
            return rs.next() ? Optional.of(read(user, term, rs)) : Optional.empty();
        }
    }

    @Override
    public Optional<LeitnerCard> card(String user, String term) {
        return db.read(c -> card(c, user, term));
    }

    @Override
    public void save(LeitnerCard card) {
        db.inTransaction(c -> {
            save(c, card);
            return null;
        });
    }

    private static void save(Connection c, LeitnerCard card) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("""
                INSERT INTO leitner_cards (user_id, term, box, due_at, last_seen) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (user_id, term) DO UPDATE SET
                    box = excluded.box, due_at = excluded.due_at, last_seen = excluded.last_seen
                """)) {
            up.setString(1, card.user());
            up.setString(2, card.term());
            up.setInt(3, card.box());
            up.setLong(4, card.due().toEpochMilli());
            up.setLong(5, card.lastSeen().toEpochMilli());
            up.executeUpdate();
        }
    }

    /**
     * The user's cards due at {@code now}, longest overdue first, lower boxes breaking ties. All of
     * them: the caller drops cards of terms the glossary no longer has before taking the first few.
     */
    @Override
    public List<LeitnerCard> due(String user, Instant now) {
        return query("SELECT term, box, due_at, last_seen FROM leitner_cards WHERE user_id = ? AND due_at <= ?"
                + " ORDER BY due_at, box, " + db.byCodePoint("term"), user, now);
    }

    /** Every card of the user. */
    @Override
    public List<LeitnerCard> cards(String user) {
        return query("SELECT term, box, due_at, last_seen FROM leitner_cards WHERE user_id = ?"
                + " ORDER BY " + db.byCodePoint("term"), user, null);
    }

    private List<LeitnerCard> query(String sql, String user, Instant now) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                q.setString(1, user);
                if (now != null) {
                    q.setLong(2, now.toEpochMilli());
                }
                ResultSet rs = q.executeQuery();
                List<LeitnerCard> cards = new ArrayList<>();
                while (rs.next()) {
                    cards.add(new LeitnerCard(user, rs.getString(1), rs.getInt(2),
                            Instant.ofEpochMilli(rs.getLong(3)), Instant.ofEpochMilli(rs.getLong(4))));
                }
                return cards;
            }
        });
    }

    private static LeitnerCard read(String user, String term, ResultSet rs) throws SQLException {
        return new LeitnerCard(user, term, rs.getInt(1), Instant.ofEpochMilli(rs.getLong(2)),
                Instant.ofEpochMilli(rs.getLong(3)));
    }
}
