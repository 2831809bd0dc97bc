-- Was "gaps-001-log".
CREATE TABLE IF NOT EXISTS gap_question (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    server_id   TEXT NOT NULL,
    asked_at    TEXT NOT NULL,
    question    TEXT NOT NULL,
    normalized  TEXT NOT NULL,
    suggestions TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS gap_question_by_text ON gap_question (server_id, normalized);
CREATE TABLE IF NOT EXISTS asked_term (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    server_id TEXT NOT NULL,
    asked_at  TEXT NOT NULL,
    term      TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS asked_term_by_term ON asked_term (server_id, term);
