package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.quiz.ScoreRepository;
import dev.glossarytutor.quiz.ScoreRepositoryContract;
import dev.glossarytutor.quiz.UnitOfWork;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The {@link ScoreRepository} contract on a real SQLite file. */
class SqliteScoreRepositoryTest extends ScoreRepositoryContract {
    @TempDir
    Path dir;
    private SqliteDatabase db;
    private ScoreRepository repository;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir.resolve("tutor.db"));
        repository = new SqliteScoreRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    protected ScoreRepository scores() {
        return repository;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return db;
    }
}
