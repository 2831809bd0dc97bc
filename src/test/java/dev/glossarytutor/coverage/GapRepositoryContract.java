package dev.glossarytutor.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link GapRepository} must do; a store runs it by extending this class. */
public abstract class GapRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");

    /** A repository on an empty database, the same one on every call within a test. */
    protected abstract GapRepository gaps();

    @Test
    void report_should_count_gaps_by_normalized_text_when_asked_in_several_wordings() {
        // GIVEN one gap asked twice in two wordings, another once, and one in another server
        gaps().logGap("s", T0, "What is a transformer?", "what is a transformer", List.of("Tensor"));
        gaps().logGap("s", T0.plusSeconds(60), "what is a transformer", "what is a transformer", List.of());
        gaps().logGap("s", T0.plusSeconds(120), "Who is Turing?", "who is turing", List.of("Epoch", "Loss"));
        gaps().logGap("other", T0, "x?", "x", List.of());
        gaps().logAnswered("s", T0, List.of("Epoch", "Kernel"));
        gaps().logAnswered("s", T0, List.of("Epoch"));
        // WHEN the report is read
        GapReport report = gaps().report("s", 10);
        // THEN the most frequent gap comes first with its latest wording, and terms are counted
        assertThat(report.unanswered()).isEqualTo(3);
        assertThat(report.answered()).isEqualTo(3);
        assertThat(report.gaps()).containsExactly(
                new GapReport.Gap("what is a transformer", "what is a transformer", 2, T0.plusSeconds(60), List.of()),
                new GapReport.Gap("who is turing", "Who is Turing?", 1, T0.plusSeconds(120), List.of("Epoch", "Loss")));
        assertThat(report.topTerms()).containsExactly(new GapReport.TermCount("Epoch", 2),
                new GapReport.TermCount("Kernel", 1));
        assertThat(gaps().report("s", 1).gaps()).hasSize(1);
    }
}
