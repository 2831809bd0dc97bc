-- Was "totd-001-schedule".
CREATE TABLE IF NOT EXISTS totd_schedule (
    server_id    TEXT PRIMARY KEY,
    channel      TEXT,
    local_time   TEXT NOT NULL,
    zone         TEXT NOT NULL,
    days         TEXT NOT NULL,
    enabled      INTEGER NOT NULL,
    mention_role TEXT,
    active_since TEXT NOT NULL);
