package dev.glossarytutor.store.postgres;

import dev.glossarytutor.quiz.LeitnerRepository;
import dev.glossarytutor.quiz.LeitnerRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link LeitnerRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresLeitnerRepositoryTest extends LeitnerRepositoryContract {
    @RegisterExtension
    final FreshPostgresSchema pg = new FreshPostgresSchema();

    @Override
    protected LeitnerRepository cards() {
        return pg.store().leitner();
    }
}
