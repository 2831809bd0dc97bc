package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.store.SqlStore;
import java.nio.file.Path;

/** Every repository on one SQLite file. */
public final class SqliteStore extends SqlStore {
    private final SqliteDatabase db;

    public SqliteStore(SqliteDatabase db, String description) {
        super(db, description, new SqliteScoreRepository(db), new SqliteRotationRepository(db),
                new SqliteAskedTermRepository(db), new SqliteTotdClaimRepository(db));
        this.db = db;
    }

    /** Opens (creating if needed) the file and applies the migrations not yet applied. */
    public static SqliteStore open(Path file) {
        return new SqliteStore(SqliteDatabase.open(file), "SQLite " + file);
    }

    /** The database underneath, for tools that copy whole tables. */
    public SqliteDatabase database() {
        return db;
    }
}
