package dev.glossarytutor.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ScoreRepository} must do. A store runs it by extending this class and handing
 * out a repository on an empty database (SQLite now; PostgreSQL later, unchanged).
 */
public abstract class ScoreRepositoryContract {
    protected static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");

    /** A repository on an empty database, the same one on every call within a test. */
    protected abstract ScoreRepository scores();

    /** The unit of work of the same database. */
    protected abstract UnitOfWork unitOfWork();

    @Test
    void record_should_count_answers_and_streaks() {
        // GIVEN right, right, wrong, right
        scores().record("s", "ana", "Epoch", true, T0);
        scores().record("s", "ana", "Kernel", true, T0.plusSeconds(1));
        scores().record("s", "ana", "Loss", false, T0.plusSeconds(2));
        // WHEN one more right answer comes an hour later
        scores().record("s", "ana", "Tensor", true, T0.plus(Duration.ofHours(1)));
        // THEN answered 4, correct 3, streak 1, best 2, last played at the last answer
        assertThat(scores().stats("s", "ana"))
                .contains(new PlayerStats("s", "ana", 4, 3, 1, 2, T0.plus(Duration.ofHours(1))));
        assertThat(scores().stats("other", "ana")).isEmpty();
    }

    @Test
    void leaderboards_should_rank_by_correct_then_fewer_attempts_when_asked_all_time_or_since() {
        // GIVEN ben 3 of 3 long ago, ana 2 of 2 and cy 2 of 3 recently, dan elsewhere
        for (String t : new String[] {"Epoch", "Kernel", "Loss"}) {
            scores().record("s", "ben", t, true, T0);
        }
        Instant recent = T0.plus(Duration.ofDays(10));
        scores().record("s", "ana", "Epoch", true, recent);
        scores().record("s", "ana", "Kernel", true, recent);
        scores().record("s", "cy", "Epoch", true, recent);
        scores().record("s", "cy", "Loss", false, recent);
        scores().record("s", "cy", "Bias", true, recent);
        scores().record("elsewhere", "dan", "Bias", true, recent);
        // WHEN the boards are read THEN ranks follow correct, then attempts, within the server
        assertThat(scores().leaderboard("s", 10)).containsExactly(new LeaderboardRow(1, "ben", 3, 3),
                new LeaderboardRow(2, "ana", 2, 2), new LeaderboardRow(3, "cy", 2, 3));
        assertThat(scores().leaderboardSince("s", recent.minusSeconds(1), 10))
                .containsExactly(new LeaderboardRow(1, "ana", 2, 2), new LeaderboardRow(2, "cy", 2, 3));
        assertThat(scores().leaderboard("s", 1)).hasSize(1);
    }

    @Test
    void unitOfWork_should_keep_nothing_when_the_work_throws() {
        // GIVEN a unit of work that records an answer and then fails
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            scores().record("s", "ana", "Epoch", true, T0);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        // WHEN the scores are read THEN the answer is not there
        assertThat(scores().stats("s", "ana")).isEmpty();
        // AND a unit that succeeds keeps its writes
        unitOfWork().run(() -> scores().record("s", "ana", "Epoch", true, T0));
        assertThat(scores().stats("s", "ana")).hasValueSatisfying(p -> assertThat(p.answered()).isEqualTo(1));
    }
}
