package dev.glossarytutor.store.postgres;

import dev.glossarytutor.coverage.GapRepository;
import dev.glossarytutor.coverage.GapRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link GapRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresGapRepositoryTest extends GapRepositoryContract {
    @RegisterExtension
    final FreshPostgresSchema pg = new FreshPostgresSchema();

    @Override
    protected GapRepository gaps() {
        return pg.store().gaps();
    }
}
