package dev.glossarytutor.store.postgres;

import dev.glossarytutor.totd.RotationRepository;
import dev.glossarytutor.totd.RotationRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link RotationRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresRotationRepositoryTest extends RotationRepositoryContract {
    @RegisterExtension
    final FreshPostgresSchema pg = new FreshPostgresSchema();

    @Override
    protected RotationRepository rotations() {
        return pg.store().rotations();
    }
}
