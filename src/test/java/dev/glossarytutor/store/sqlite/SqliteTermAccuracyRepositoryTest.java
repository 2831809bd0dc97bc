package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.quiz.ScoreRepository;
import dev.glossarytutor.quiz.TermAccuracyRepository;
import dev.glossarytutor.quiz.TermAccuracyRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The {@link TermAccuracyRepository} contract on a real SQLite file. */
class SqliteTermAccuracyRepositoryTest extends TermAccuracyRepositoryContract {
    @TempDir
    Path dir;
    private SqliteDatabase db;
    private SqliteScoreRepository repository;

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
    protected TermAccuracyRepository accuracy() {
        return repository;
    }
}
