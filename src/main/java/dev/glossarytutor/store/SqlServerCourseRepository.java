package dev.glossarytutor.store;

import dev.glossarytutor.glossaryadmin.ServerCourseRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link ServerCourseRepository} on SQLite or PostgreSQL (the SQL is the same): one row per server that chose a glossary. */
public final class SqlServerCourseRepository implements ServerCourseRepository {

    private final SqlDatabase db;

    public SqlServerCourseRepository(SqlDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<String> find(String serverId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT course FROM server_course WHERE server_id = ?")) {
                st.setString(1, serverId);
                ResultSet rs = st.executeQuery();
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    @Override
    public void save(String serverId, String course) {
        db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO server_course(server_id, course) VALUES (?, ?) "
                    + "ON CONFLICT (server_id) DO UPDATE SET course = excluded.course")) {
                st.setString(1, serverId);
                st.setString(2, course);
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Map<String, String> all() {
        return db.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT server_id, course FROM server_course ORDER BY server_id")) {
                ResultSet rs = st.executeQuery();
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }
}
