package dev.glossarytutor.store;

import dev.glossarytutor.coverage.GapRepository;
import dev.glossarytutor.coverage.GapReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@link GapRepository} on SQLite or PostgreSQL: the SQL is the same; text sorts by code point on both. */
public final class SqlGapRepository implements GapRepository {

    private final SqlDatabase db;

    public SqlGapRepository(SqlDatabase db) {
        this.db = db;
    }

    @Override
    public void logGap(String serverId, Instant at, String question, String normalized, List<String> suggestions) {
        db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO gap_question(server_id, asked_at, question, normalized, suggestions) VALUES (?, ?, ?, ?, ?)")) {
                st.setString(1, serverId);
                st.setString(2, at.toString());
                st.setString(3, question);
                st.setString(4, normalized);
                st.setString(5, String.join("\n", suggestions));
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void logAnswered(String serverId, Instant at, List<String> terms) {
        db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO asked_term(server_id, asked_at, term) VALUES (?, ?, ?)")) {
                for (String term : terms) {
                    st.setString(1, serverId);
                    st.setString(2, at.toString());
                    st.setString(3, term);
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    /** The {@code limit} most frequent gaps and answered terms of a server. */
    @Override
    public GapReport report(String serverId, int limit) {
        return db.read(c -> new GapReport(serverId,
                count(c, "SELECT COUNT(*) FROM gap_question WHERE server_id = ?", serverId),
                count(c, "SELECT COUNT(*) FROM asked_term WHERE server_id = ?", serverId),
                gaps(c, serverId, limit), terms(c, serverId, limit)));
    }

    private static List<GapReport.Gap> gaps(Connection c, String serverId, int limit) throws SQLException {
        List<GapReport.Gap> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT g.normalized, COUNT(*) AS n, MAX(g.id) AS last_id FROM gap_question g WHERE g.server_id = ? "
                        + "GROUP BY g.normalized ORDER BY n DESC, last_id DESC LIMIT ?")) {
            st.setString(1, serverId);
            st.setInt(2, limit);
            ResultSet rs = st.executeQuery();
            while (rs.next()) {
                try (PreparedStatement latest = c.prepareStatement(
                        "SELECT question, asked_at, suggestions FROM gap_question WHERE id = ?")) {
                    latest.setLong(1, rs.getLong("last_id"));
                    ResultSet l = latest.executeQuery();
                    l.next();
                    String suggestions = l.getString(3);
                    out.add(new GapReport.Gap(rs.getString(1), l.getString(1), rs.getInt(2), Instant.parse(l.getString(2)),
                            suggestions.isEmpty() ? List.of() : Arrays.asList(suggestions.split("\n"))));
                }
            }
        }
        return out;
    }

    private List<GapReport.TermCount> terms(Connection c, String serverId, int limit) throws SQLException {
        List<GapReport.TermCount> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT term, COUNT(*) AS n FROM asked_term WHERE server_id = ? GROUP BY term ORDER BY n DESC, "
                        + db.byCodePoint("term") + " LIMIT ?")) {
            st.setString(1, serverId);
            st.setInt(2, limit);
            ResultSet rs = st.executeQuery();
            while (rs.next()) {
                out.add(new GapReport.TermCount(rs.getString(1), rs.getInt(2)));
            }
        }
        return out;
    }

    private static int count(Connection c, String sql, String serverId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, serverId);
            ResultSet rs = st.executeQuery();
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
