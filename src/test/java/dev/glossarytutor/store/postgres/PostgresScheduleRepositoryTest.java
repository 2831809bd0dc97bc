package dev.glossarytutor.store.postgres;

import dev.glossarytutor.totd.ScheduleRepository;
import dev.glossarytutor.totd.ScheduleRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link ScheduleRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresScheduleRepositoryTest extends ScheduleRepositoryContract {
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
    protected ScheduleRepository schedules() {
        return pg.store().schedules();
    }
}
