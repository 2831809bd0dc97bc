package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.store.SqlScheduleRepository;
import dev.glossarytutor.totd.ScheduleRepository;
import dev.glossarytutor.totd.ScheduleRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The {@link ScheduleRepository} contract on a real SQLite file. */
class SqliteScheduleRepositoryTest extends ScheduleRepositoryContract {
    @TempDir
    Path dir;
    private SqliteDatabase db;
    private ScheduleRepository repository;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir.resolve("tutor.db"));
        repository = new SqlScheduleRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    protected ScheduleRepository schedules() {
        return repository;
    }
}
