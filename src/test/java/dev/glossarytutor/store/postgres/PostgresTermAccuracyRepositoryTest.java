package dev.glossarytutor.store.postgres;

import dev.glossarytutor.quiz.ScoreRepository;
import dev.glossarytutor.quiz.TermAccuracyRepository;
import dev.glossarytutor.quiz.TermAccuracyRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link TermAccuracyRepository} contract on the test PostgreSQL server, in a schema of its own per test. */
class PostgresTermAccuracyRepositoryTest extends TermAccuracyRepositoryContract {
    @RegisterExtension
    final FreshPostgresSchema pg = new FreshPostgresSchema();

    @Override
    protected ScoreRepository scores() {
        return pg.store().scores();
    }

    @Override
    protected TermAccuracyRepository accuracy() {
        return pg.store().termAccuracy();
    }
}
