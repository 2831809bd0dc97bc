package dev.glossarytutor.store.postgres;

import dev.glossarytutor.coverage.AskedQuestion;
import dev.glossarytutor.coverage.AskedTermRepository;
import dev.glossarytutor.coverage.DayCount;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link AskedTermRepository} on PostgreSQL; days are ISO dates in a {@code COLLATE "C"} column, which
 * sort as text, and terms sort by code point, as on SQLite.
 */
public final class PostgresAskedTermRepository implements AskedTermRepository {

    private final PostgresDatabase db;

    public PostgresAskedTermRepository(PostgresDatabase db) {
        this.db = db;
    }

    @Override
    public void record(AskedQuestion question) {
        db.inTransaction(c -> {
            long id;
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO asked_question(server_id, day, outcome) VALUES (?, ?, ?) RETURNING id")) {
                st.setString(1, question.serverId());
                st.setString(2, question.day().toString());
                st.setString(3, question.outcome().name());
                try (ResultSet keys = st.executeQuery()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            if (!question.terms().isEmpty()) {
                try (PreparedStatement st = c.prepareStatement(
                        "INSERT INTO asked_question_term(question_id, term) VALUES (?, ?)")) {
                    for (String term : question.terms()) {
                        st.setLong(1, id);
                        st.setString(2, term);
                        st.addBatch();
                    }
                    st.executeBatch();
                }
            }
            return null;
        });
    }

    @Override
    public List<DayCount> questionsPerDay(String serverId, LocalDate from, LocalDate to) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT day,
                           COUNT(*) FILTER (WHERE outcome = 'ANSWERED'),
                           COUNT(*) FILTER (WHERE outcome = 'CLOSE_MATCHES'),
                           COUNT(*) FILTER (WHERE outcome = 'ABSTAINED')
                    FROM asked_question WHERE server_id = ? AND day BETWEEN ? AND ?
                    GROUP BY day ORDER BY day""")) {
                st.setString(1, serverId);
                st.setString(2, from.toString());
                st.setString(3, to.toString());
                ResultSet rs = st.executeQuery();
                List<DayCount> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new DayCount(LocalDate.parse(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                }
                return out;
            }
        });
    }

    @Override
    public Map<String, Integer> timesAsked(String serverId, LocalDate from, LocalDate to) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT t.term, COUNT(DISTINCT q.id) FROM asked_question q
                    JOIN asked_question_term t ON t.question_id = q.id
                    WHERE q.server_id = ? AND q.day BETWEEN ? AND ?
                    GROUP BY t.term ORDER BY t.term COLLATE "C"
                    """)) {
                st.setString(1, serverId);
                st.setString(2, from.toString());
                st.setString(3, to.toString());
                ResultSet rs = st.executeQuery();
                Map<String, Integer> out = new LinkedHashMap<>();
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
                return out;
            }
        });
    }
}
