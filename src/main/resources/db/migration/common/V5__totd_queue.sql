-- Was "totd-003-queue".
CREATE TABLE IF NOT EXISTS totd_queue (
    server_id  TEXT NOT NULL,
    local_date TEXT NOT NULL,
    term       TEXT NOT NULL,
    PRIMARY KEY (server_id, local_date));
