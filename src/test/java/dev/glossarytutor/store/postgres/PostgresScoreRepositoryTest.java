package dev.glossarytutor.store.postgres;

import dev.glossarytutor.quiz.ScoreRepository;
import dev.glossarytutor.quiz.ScoreRepositoryContract;
import dev.glossarytutor.quiz.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link ScoreRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresScoreRepositoryTest extends ScoreRepositoryContract {
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
    protected ScoreRepository scores() {
        return pg.store().scores();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return pg.store().unitOfWork();
    }
}
