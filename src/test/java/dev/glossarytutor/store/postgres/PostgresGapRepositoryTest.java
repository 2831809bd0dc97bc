package dev.glossarytutor.store.postgres;

import dev.glossarytutor.coverage.GapRepository;
import dev.glossarytutor.coverage.GapRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link GapRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresGapRepositoryTest extends GapRepositoryContract {
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
    protected GapRepository gaps() {
        return pg.store().gaps();
    }
}
