package dev.glossarytutor.store.postgres;

import dev.glossarytutor.coverage.AskedTermRepository;
import dev.glossarytutor.coverage.AskedTermRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link AskedTermRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresAskedTermRepositoryTest extends AskedTermRepositoryContract {
    @RegisterExtension
    final FreshPostgresSchema pg = new FreshPostgresSchema();

    @Override
    protected AskedTermRepository asked() {
        return pg.store().askedTerms();
    }
}
