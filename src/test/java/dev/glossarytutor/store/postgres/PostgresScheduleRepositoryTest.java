package dev.glossarytutor.store.postgres;

import dev.glossarytutor.totd.ScheduleRepository;
import dev.glossarytutor.totd.ScheduleRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link ScheduleRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresScheduleRepositoryTest extends ScheduleRepositoryContract {
    @RegisterExtension
    final FreshPostgresSchema pg = new FreshPostgresSchema();

    @Override
    protected ScheduleRepository schedules() {
        return pg.store().schedules();
    }
}
