package dev.glossarytutor.store.postgres;

import dev.glossarytutor.quiz.LeitnerRepository;
import dev.glossarytutor.quiz.LeitnerRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link LeitnerRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresLeitnerRepositoryTest extends LeitnerRepositoryContract {
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
    protected LeitnerRepository cards() {
        return pg.store().leitner();
    }
}
