package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.store.SqlGapRepository;
import dev.glossarytutor.coverage.GapRepository;
import dev.glossarytutor.coverage.GapRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The {@link GapRepository} contract on a real SQLite file. */
class SqliteGapRepositoryTest extends GapRepositoryContract {
    @TempDir
    Path dir;
    private SqliteDatabase db;
    private GapRepository repository;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir.resolve("tutor.db"));
        repository = new SqlGapRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    protected GapRepository gaps() {
        return repository;
    }
}
