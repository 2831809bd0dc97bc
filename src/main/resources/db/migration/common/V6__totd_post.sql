-- Was "totd-004-post".
CREATE TABLE IF NOT EXISTS totd_post (
    server_id  TEXT NOT NULL,
    local_date TEXT NOT NULL,
    term       TEXT NOT NULL,
    channel    TEXT NOT NULL,
    posted_at  TEXT NOT NULL,
    PRIMARY KEY (server_id, local_date));
