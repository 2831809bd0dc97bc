package dev.glossarytutor.store.postgres;

import dev.glossarytutor.store.SqlStore;

/** Every repository on one PostgreSQL database, shared by every process pointed at it. */
public final class PostgresStore extends SqlStore {
    private final PostgresDatabase db;

    public PostgresStore(PostgresDatabase db, String description) {
        super(db, description, new PostgresScoreRepository(db), new PostgresRotationRepository(db),
                new PostgresAskedTermRepository(db), new PostgresTotdClaimRepository(db));
        this.db = db;
    }

    /** Connects, and applies the migrations not yet applied. */
    public static PostgresStore open(PostgresDatabase.Login login) {
        PostgresDatabase db = PostgresDatabase.open(login);
        return new PostgresStore(db, db.description());
    }

    /** The database underneath, for tools that copy whole tables. */
    public PostgresDatabase database() {
        return db;
    }
}
