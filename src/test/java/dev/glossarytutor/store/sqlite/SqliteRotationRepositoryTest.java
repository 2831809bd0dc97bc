package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.totd.RotationRepository;
import dev.glossarytutor.totd.RotationRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The {@link RotationRepository} contract on a real SQLite file. */
class SqliteRotationRepositoryTest extends RotationRepositoryContract {
    @TempDir
    Path dir;
    private SqliteDatabase db;
    private RotationRepository repository;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir.resolve("tutor.db"));
        repository = new SqliteRotationRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    protected RotationRepository rotations() {
        return repository;
    }
}
