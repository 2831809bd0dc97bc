package dev.glossarytutor.store.postgres;

import dev.glossarytutor.quiz.ScoreRepository;
import dev.glossarytutor.quiz.TermAccuracyRepository;
import dev.glossarytutor.quiz.TermAccuracyRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link TermAccuracyRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresTermAccuracyRepositoryTest extends TermAccuracyRepositoryContract {
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
    protected TermAccuracyRepository accuracy() {
        return pg.store().termAccuracy();
    }
}
