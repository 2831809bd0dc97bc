package dev.glossarytutor.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The chat messages of channel-quiz questions that are still open. A process that stops mid-quiz
 * loses the quiz (it lives in memory), so at the next start the transport closes these messages
 * with a note; the scores already earned were stored answer by answer and stay.
 */
public final class OpenQuizMessageStore {
    public static final List<Migration> MIGRATIONS = List.of(new Migration("discord-001-open-quiz-messages", """
            CREATE TABLE discord_open_quiz_messages (
                message_id TEXT PRIMARY KEY,
                channel_id TEXT NOT NULL,
                server_id  TEXT NOT NULL,
                opened_at  INTEGER NOT NULL)
            """));

    /** One open question message. */
    public record OpenMessage(String messageId, String channelId, String serverId, Instant openedAt) {
    }

    private final Database db;

    public OpenQuizMessageStore(Database db) {
        this.db = db;
    }

    public void open(OpenMessage m) {
        db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT OR REPLACE INTO discord_open_quiz_messages"
                    + " (message_id, channel_id, server_id, opened_at) VALUES (?, ?, ?, ?)")) {
                st.setString(1, m.messageId());
                st.setString(2, m.channelId());
                st.setString(3, m.serverId());
                st.setLong(4, m.openedAt().toEpochMilli());
                st.executeUpdate();
            }
            return null;
        });
    }

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
    public List<OpenMessage> all() {
        return db.read(c -> {
            List<OpenMessage> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT message_id, channel_id, server_id, opened_at"
                    + " FROM discord_open_quiz_messages ORDER BY opened_at, message_id")) {
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
