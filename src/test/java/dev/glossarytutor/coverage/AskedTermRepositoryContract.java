package dev.glossarytutor.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.glossarytutor.coverage.AskedQuestion.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link AskedTermRepository} must do; a store runs it by extending this class. */
public abstract class AskedTermRepositoryContract {
    private static final LocalDate D1 = LocalDate.parse("2026-02-01");
    private static final LocalDate D2 = D1.plusDays(1);
    private static final LocalDate D3 = D1.plusDays(2);

    /** A repository on an empty database, the same one on every call within a test. */
    protected abstract AskedTermRepository asked();

    @Test
    void questionsPerDay_should_count_outcomes_per_day_when_questions_span_several_days() {
        // GIVEN questions on three days, of every outcome, and one in another server
        asked().record(new AskedQuestion("s", D1, Outcome.ANSWERED, List.of("Epoch")));
        asked().record(new AskedQuestion("s", D1, Outcome.ABSTAINED, List.of()));
        asked().record(new AskedQuestion("s", D2, Outcome.CLOSE_MATCHES, List.of("Loss")));
        asked().record(new AskedQuestion("s", D2, Outcome.ANSWERED, List.of("Epoch", "Batch")));
        asked().record(new AskedQuestion("s", D3, Outcome.ABSTAINED, List.of()));
        asked().record(new AskedQuestion("other", D1, Outcome.ANSWERED, List.of("Epoch")));

        // WHEN the first two days are read
        List<DayCount> days = asked().questionsPerDay("s", D1, D2);

        // THEN each day counts its own server's questions by outcome, in day order
        assertThat(days).containsExactly(new DayCount(D1, 1, 0, 1), new DayCount(D2, 1, 1, 0));
        assertThat(asked().questionsPerDay("s", D3, D3)).containsExactly(new DayCount(D3, 0, 0, 1));
        assertThat(asked().questionsPerDay("nobody", D1, D3)).isEmpty();
    }

    @Test
    void timesAsked_should_count_questions_per_quoted_term_when_within_the_days() {
        // GIVEN a comparison quoting two terms, a question per term, one outside the days and one elsewhere
        asked().record(new AskedQuestion("s", D1, Outcome.ANSWERED, List.of("Epoch", "Batch")));
        asked().record(new AskedQuestion("s", D2, Outcome.CLOSE_MATCHES, List.of("Epoch")));
        asked().record(new AskedQuestion("s", D2, Outcome.ABSTAINED, List.of()));
        asked().record(new AskedQuestion("s", D3, Outcome.ANSWERED, List.of("Loss")));
        asked().record(new AskedQuestion("other", D1, Outcome.ANSWERED, List.of("Loss")));

        // WHEN
        var counts = asked().timesAsked("s", D1, D2);

        // THEN only quoted terms of the server and the days count
        assertThat(counts).containsOnly(entry("Epoch", 2), entry("Batch", 1));
    }
}
