package dev.glossarytutor.store.postgres;

import dev.glossarytutor.quiz.OpenQuizRepository;
import dev.glossarytutor.quiz.OpenQuizRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link OpenQuizRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresOpenQuizRepositoryTest extends OpenQuizRepositoryContract {
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
    protected OpenQuizRepository openQuizzes() {
        return pg.store().openQuizzes();
    }
}
