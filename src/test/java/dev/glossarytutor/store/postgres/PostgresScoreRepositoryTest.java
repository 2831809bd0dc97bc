package dev.glossarytutor.store.postgres;

import dev.glossarytutor.quiz.ScoreRepository;
import dev.glossarytutor.quiz.ScoreRepositoryContract;
import dev.glossarytutor.quiz.UnitOfWork;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link ScoreRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresScoreRepositoryTest extends ScoreRepositoryContract {
    @RegisterExtension
    final FreshPostgresSchema pg = new FreshPostgresSchema();

    @Override
    protected ScoreRepository scores() {
        return pg.store().scores();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return pg.store().unitOfWork();
    }
}
