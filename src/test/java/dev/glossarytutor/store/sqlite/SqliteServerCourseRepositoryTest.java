package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.glossaryadmin.ServerCourseRepository;
import dev.glossarytutor.glossaryadmin.ServerCourseRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The {@link ServerCourseRepository} contract on a real SQLite file. */
class SqliteServerCourseRepositoryTest extends ServerCourseRepositoryContract {
    @TempDir
    Path dir;
    private SqliteDatabase db;
    private ServerCourseRepository repository;

    @BeforeEach
    void open() {
        db = SqliteDatabase.open(dir.resolve("tutor.db"));
        repository = new dev.glossarytutor.store.SqlServerCourseRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    protected ServerCourseRepository serverCourses() {
        return repository;
    }
}
