-- The glossary (course) each server's instructor chose with /glossary use; servers without a row use the default.
CREATE TABLE IF NOT EXISTS server_course (
    server_id TEXT NOT NULL PRIMARY KEY,
    course    TEXT NOT NULL);
