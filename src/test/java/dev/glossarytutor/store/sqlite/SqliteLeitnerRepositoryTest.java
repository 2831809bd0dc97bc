package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.store.SqlLeitnerRepository;
import dev.glossarytutor.quiz.LeitnerRepository;
import dev.glossarytutor.quiz.LeitnerRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The {@link LeitnerRepository} contract on a real SQLite file. */
class SqliteLeitnerRepositoryTest extends LeitnerRepositoryContract {
    @TempDir
    Path dir;
    private SqliteDatabase db;
    private LeitnerRepository repository;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir.resolve("tutor.db"));
        repository = new SqlLeitnerRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    protected LeitnerRepository cards() {
        return repository;
    }
}
