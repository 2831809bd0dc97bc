package dev.glossarytutor.store.postgres;

import dev.glossarytutor.glossaryadmin.ServerCourseRepository;
import dev.glossarytutor.glossaryadmin.ServerCourseRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link ServerCourseRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresServerCourseRepositoryTest extends ServerCourseRepositoryContract {
    @RegisterExtension
    final FreshPostgresSchema pg = new FreshPostgresSchema();

    @Override
    protected ServerCourseRepository serverCourses() {
        return pg.store().serverCourses();
    }
}
