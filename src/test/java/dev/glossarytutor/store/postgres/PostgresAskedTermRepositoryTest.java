package dev.glossarytutor.store.postgres;

import dev.glossarytutor.coverage.AskedTermRepository;
import dev.glossarytutor.coverage.AskedTermRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link AskedTermRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresAskedTermRepositoryTest extends AskedTermRepositoryContract {
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
    protected AskedTermRepository asked() {
        return pg.store().askedTerms();
    }
}
