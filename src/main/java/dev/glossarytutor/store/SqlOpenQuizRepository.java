package dev.glossarytutor.store;

import dev.glossarytutor.quiz.OpenQuizRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link OpenQuizRepository} on SQLite or PostgreSQL: the SQL is the same; text sorts by code point on both. */
public final class SqlOpenQuizRepository implements OpenQuizRepository {
    private final SqlDatabase db;

    public SqlOpenQuizRepository(SqlDatabase db) {
        this.db = db;
    }

    @Override
    public void open(OpenMessage m) {
        db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO discord_open_quiz_messages"
                    + " (message_id, channel_id, server_id, opened_at) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (message_id) DO UPDATE SET channel_id = excluded.channel_id,"
                    + " server_id = excluded.server_id, opened_at = excluded.opened_at")) {
                st.setString(1, m.messageId());
                st.setString(2, m.channelId());
                st.setString(3, m.serverId());
                st.setLong(4, m.openedAt().toEpochMilli());
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void closed(String messageId) {
        db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "DELETE FROM discord_open_quiz_messages WHERE message_id = ?")) {
                st.setString(1, messageId);
                st.executeUpdate();
            }
            return null;
        });
    }

    /** Every message still marked open, oldest first. */
    @Override
    public List<OpenMessage> all() {
        return db.read(c -> {
            List<OpenMessage> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT message_id, channel_id, server_id, opened_at"
                    + " FROM discord_open_quiz_messages ORDER BY opened_at, " + db.byCodePoint("message_id"))) {
                ResultSet rs = st.executeQuery();
                while (rs.next()) {
                    out.add(new OpenMessage(rs.getString(1), rs.getString(2), rs.getString(3),
                            Instant.ofEpochMilli(rs.getLong(4))));
                }
            }
            return out;
        });
    }
}
