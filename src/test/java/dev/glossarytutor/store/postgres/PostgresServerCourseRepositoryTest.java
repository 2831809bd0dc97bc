package dev.glossarytutor.store.postgres;

import dev.glossarytutor.glossaryadmin.ServerCourseRepository;
import dev.glossarytutor.glossaryadmin.ServerCourseRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link ServerCourseRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresServerCourseRepositoryTest extends ServerCourseRepositoryContract {
    private TestPostgres pg;

    @BeforeEach
    void open() {
        pg = TestPostgres.fresh();
    }

    @AfterEach
    void close() {
        if (pg != null) {
            pg.close();
        }
    }

    @Override
    protected ServerCourseRepository serverCourses() {
        return pg.store().serverCourses();
    }
}
