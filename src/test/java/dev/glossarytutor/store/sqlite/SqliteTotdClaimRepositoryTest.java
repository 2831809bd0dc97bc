package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.totd.TotdClaimRepository;
import dev.glossarytutor.totd.TotdClaimRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The {@link TotdClaimRepository} contract on a real SQLite file, each "process" on a connection of its own. */
class SqliteTotdClaimRepositoryTest extends TotdClaimRepositoryContract {
    @TempDir
    Path dir;
    private SqliteDatabase db;
    private SqliteDatabase other;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir.resolve("tutor.db"));
        other = SqliteDatabase.open(dir.resolve("tutor.db"));
    }

    @AfterEach
    void close() {
        other.close();
        db.close();
    }

    @Override
    protected TotdClaimRepository claims() {
        return new SqliteTotdClaimRepository(db);
    }

    @Override
    protected TotdClaimRepository claimsOfAnotherProcess() {
        return new SqliteTotdClaimRepository(other);
    }
}
