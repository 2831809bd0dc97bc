-- What is asked, without names: one row per answered question (day, server, outcome) and its quoted
-- terms. No user id and no question text.
CREATE TABLE IF NOT EXISTS asked_question (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    server_id TEXT NOT NULL,
    day       TEXT NOT NULL,
    outcome   TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS asked_question_by_day ON asked_question (server_id, day);
CREATE TABLE IF NOT EXISTS asked_question_term (
    question_id INTEGER NOT NULL REFERENCES asked_question (id),
    term        TEXT    NOT NULL);
CREATE INDEX IF NOT EXISTS asked_question_term_by_question ON asked_question_term (question_id);
CREATE INDEX IF NOT EXISTS quiz_answers_by_term ON quiz_answers (server, term);
