package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.store.SqlOpenQuizRepository;
import dev.glossarytutor.quiz.OpenQuizRepository;
import dev.glossarytutor.quiz.OpenQuizRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The {@link OpenQuizRepository} contract on a real SQLite file. */
class SqliteOpenQuizRepositoryTest extends OpenQuizRepositoryContract {
    @TempDir
    Path dir;
    private SqliteDatabase db;
    private OpenQuizRepository repository;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir.resolve("tutor.db"));
        repository = new SqlOpenQuizRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    protected OpenQuizRepository openQuizzes() {
        return repository;
    }
}
