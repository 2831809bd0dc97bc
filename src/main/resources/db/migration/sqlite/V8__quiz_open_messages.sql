-- Was "discord-001-open-quiz-messages".
CREATE TABLE IF NOT EXISTS discord_open_quiz_messages (
    message_id TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL,
    server_id  TEXT NOT NULL,
    opened_at  INTEGER NOT NULL);
