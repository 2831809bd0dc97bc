-- PostgreSQL twin of sqlite/V9: lease_until is epoch milliseconds, so BIGINT (SQLite's INTEGER is 64-bit).
-- The claim itself is one INSERT ... ON CONFLICT DO UPDATE ... WHERE statement (PostgresTotdClaimRepository).
CREATE TABLE IF NOT EXISTS totd_claim (
    server_id   TEXT    NOT NULL,
    local_date  TEXT    NOT NULL,
    owner       TEXT    NOT NULL,
    lease_until BIGINT  NOT NULL,
    done        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (server_id, local_date));
