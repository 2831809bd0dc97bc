-- PostgreSQL twin of sqlite/V4: the seed is a Java long, so BIGINT.
CREATE TABLE IF NOT EXISTS totd_rotation (
    server_id   TEXT PRIMARY KEY,
    seed        BIGINT  NOT NULL,
    cycle       INTEGER NOT NULL,
    cycle_order TEXT NOT NULL,
    last_term   TEXT);
CREATE TABLE IF NOT EXISTS totd_cycle_term (
    server_id TEXT NOT NULL,
    position  INTEGER NOT NULL,
    term      TEXT NOT NULL,
    outcome   TEXT NOT NULL CHECK (outcome IN ('POSTED', 'SKIPPED')),
    PRIMARY KEY (server_id, term));
