package dev.glossarytutor.store.postgres;

import dev.glossarytutor.quiz.OpenQuizRepository;
import dev.glossarytutor.quiz.OpenQuizRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link OpenQuizRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresOpenQuizRepositoryTest extends OpenQuizRepositoryContract {
    @RegisterExtension
    final FreshPostgresSchema pg = new FreshPostgresSchema();

    @Override
    protected OpenQuizRepository openQuizzes() {
        return pg.store().openQuizzes();
    }
}
