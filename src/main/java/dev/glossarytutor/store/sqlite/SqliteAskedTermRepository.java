package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.coverage.AskedQuestion;
import dev.glossarytutor.coverage.AskedTermRepository;
import dev.glossarytutor.coverage.DayCount;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link AskedTermRepository} on SQLite; days are ISO dates, which sort as text. */
public final class SqliteAskedTermRepository implements AskedTermRepository {

    private final SqliteDatabase db;

    public SqliteAskedTermRepository(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public void record(AskedQuestion question) {
        db.inTransaction(c -> {
            long id;
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO asked_question(server_id, day, outcome) VALUES (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                st.setString(1, question.serverId());
                st.setString(2, question.day().toString());
                st.setString(3, question.outcome().name());
                st.executeUpdate();
                ResultSet keys = st.getGeneratedKeys();
                keys.next();
                id = keys.getLong(1);
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO asked_question_term(question_id, term) VALUES (?, ?)")) {
                for (String term : question.terms()) {
                    st.setLong(1, id);
                    st.setString(2, term);
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<DayCount> questionsPerDay(String serverId, LocalDate from, LocalDate to) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT day,
                           SUM(outcome = 'ANSWERED'), SUM(outcome = 'CLOSE_MATCHES'), SUM(outcome = 'ABSTAINED')
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
                    GROUP BY t.term ORDER BY t.term""")) {
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
