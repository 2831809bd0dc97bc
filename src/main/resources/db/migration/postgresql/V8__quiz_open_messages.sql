-- PostgreSQL twin of sqlite/V8: epoch milliseconds as BIGINT.
CREATE TABLE IF NOT EXISTS discord_open_quiz_messages (
    message_id TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL,
    server_id  TEXT NOT NULL,
    opened_at  BIGINT NOT NULL);
