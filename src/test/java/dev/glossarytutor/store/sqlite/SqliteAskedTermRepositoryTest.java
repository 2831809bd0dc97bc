package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.coverage.AskedTermRepository;
import dev.glossarytutor.coverage.AskedTermRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The {@link AskedTermRepository} contract on a real SQLite file. */
class SqliteAskedTermRepositoryTest extends AskedTermRepositoryContract {
    @TempDir
    Path dir;
    private SqliteDatabase db;
    private AskedTermRepository repository;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir.resolve("tutor.db"));
        repository = new SqliteAskedTermRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    protected AskedTermRepository asked() {
        return repository;
    }
}
