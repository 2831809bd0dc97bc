-- Was the hand-rolled migration "quiz-001-scores". IF NOT EXISTS: a data file made before Flyway
-- already has these tables and is baselined at version 0, so every script runs on it once, harmlessly.
CREATE TABLE IF NOT EXISTS quiz_scores (
    server      TEXT    NOT NULL,
    user_id     TEXT    NOT NULL,
    answered    INTEGER NOT NULL,
    correct     INTEGER NOT NULL,
    streak      INTEGER NOT NULL,
    best_streak INTEGER NOT NULL,
    last_played INTEGER NOT NULL,
    PRIMARY KEY (server, user_id));
CREATE TABLE IF NOT EXISTS quiz_answers (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    server      TEXT    NOT NULL,
    user_id     TEXT    NOT NULL,
    term        TEXT    NOT NULL,
    correct     INTEGER NOT NULL,
    answered_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS quiz_answers_by_time ON quiz_answers (server, answered_at);
