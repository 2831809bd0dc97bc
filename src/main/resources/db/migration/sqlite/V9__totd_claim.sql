-- Who posts a server's term of the day for a date, across processes: the claimant (owner) holds a
-- lease until lease_until (epoch milliseconds); done = 1 once the post went out.
CREATE TABLE IF NOT EXISTS totd_claim (
    server_id   TEXT    NOT NULL,
    local_date  TEXT    NOT NULL,
    owner       TEXT    NOT NULL,
    lease_until INTEGER NOT NULL,
    done        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (server_id, local_date));
