package dev.glossarytutor.store.postgres;

import dev.glossarytutor.totd.RotationRepository;
import dev.glossarytutor.totd.RotationRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link RotationRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresRotationRepositoryTest extends RotationRepositoryContract {
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
    protected RotationRepository rotations() {
        return pg.store().rotations();
    }
}
