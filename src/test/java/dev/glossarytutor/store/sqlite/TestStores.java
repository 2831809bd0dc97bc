package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.store.SqlLeitnerRepository;
import dev.glossarytutor.quiz.QuizProgress;
import java.time.Clock;

/** Feature services on a real SQLite file, built the way {@code app.Wiring} builds them. */
public final class TestStores {
    private TestStores() {
    }

    public static QuizProgress quizProgress(SqliteDatabase db, Clock clock) {
        return new QuizProgress(new SqliteScoreRepository(db), new SqlLeitnerRepository(db), db, clock);
    }
}
