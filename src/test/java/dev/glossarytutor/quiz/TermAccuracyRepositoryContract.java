package dev.glossarytutor.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TermAccuracyRepository} must do. It reads what a {@link ScoreRepository} wrote,
 * so a store supplies both over one database.
 */
public abstract class TermAccuracyRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");

    protected abstract ScoreRepository scores();

    protected abstract TermAccuracyRepository accuracy();

    @Test
    void accuracy_should_count_answers_per_term_and_students_when_given_since_a_time() {
        // GIVEN answers by two students, one before the window, and one in another server
        scores().record("s", "ann", "Epoch", true, T0);
        scores().record("s", "ann", "Epoch", false, T0.plusSeconds(1));
        scores().record("s", "bob", "Epoch", true, T0.plusSeconds(2));
        scores().record("s", "bob", "Loss", false, T0.plusSeconds(3));
        scores().record("s", "cid", "Loss", true, T0.minusSeconds(1));
        scores().record("other", "ann", "Loss", true, T0);

        // WHEN
        TermAccuracyRepository.ClassAccuracy result = accuracy().accuracy("s", T0);

        // THEN
        assertThat(result.students()).isEqualTo(2);
        assertThat(result.terms()).containsExactly(new TermScore("Epoch", 3, 2), new TermScore("Loss", 1, 0));
        assertThat(result.answers()).isEqualTo(4);
        assertThat(accuracy().accuracy("nobody", T0).terms()).isEmpty();
    }
}
