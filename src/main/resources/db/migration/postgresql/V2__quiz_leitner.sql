-- PostgreSQL twin of sqlite/V2: epoch milliseconds as BIGINT.
CREATE TABLE IF NOT EXISTS leitner_cards (
    user_id   TEXT    NOT NULL,
    term      TEXT    NOT NULL,
    box       INTEGER NOT NULL,
    due_at    BIGINT  NOT NULL,
    last_seen BIGINT  NOT NULL,
    PRIMARY KEY (user_id, term));
CREATE INDEX IF NOT EXISTS leitner_cards_due ON leitner_cards (user_id, due_at);
