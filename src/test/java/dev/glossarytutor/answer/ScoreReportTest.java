package dev.glossarytutor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What {@code ask --signals} prints: the scorer's view of one question, the same view the answer came from. */
class ScoreReportTest {
    private static Tutor tutor;

    @BeforeAll
    static void setUp() {
        tutor = TestTutor.get();
        tutor.awaitEmbeddings();
    }

    @Test
    void scoreReport_nameAskedAbout_showsTheAnswersProbabilityAndItsSignals() {
        // GIVEN
        String question = "what is a receptive field?";

        // WHEN
        ScoreReport report = tutor.scoreReport(question);
        Answer answer = tutor.ask(question);

        // THEN the most probable candidate is the quoted term, at the answer's confidence, named by its signals
        assertThat(report.shape()).isEqualTo(MatchTuning.Shape.NAMED);
        assertThat(report.rows()).isNotEmpty();
        ScoreReport.Row top = report.rows().get(0);
        assertThat(top.term()).isEqualTo(answer.terms().get(0)).isEqualTo("Receptive Field");
        assertThat(top.probability()).isCloseTo(answer.confidence(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(top.probability()).isGreaterThanOrEqualTo(report.threshold());
        assertThat(top.weighted()).containsKey(Feature.NAME);
        assertThat(report.rows()).isSortedAccordingTo((a, b) -> Double.compare(b.probability(), a.probability()));
        assertThat(report.render()).contains("shape NAMED", "Receptive Field", "NAME");
    }

    @Test
    void scoreReport_proxyOfAName_showsThePremodifierSinkingIt() {
        // GIVEN a modifier that makes another concept of the name Kernel
        String question = "what is a kernel trick";

        // WHEN
        ScoreReport report = tutor.scoreReport(question);

        // THEN the signal that sinks the name is there, negative, and nothing reaches the threshold
        ScoreReport.Row kernel = report.rows().stream().filter(r -> r.term().equals("Kernel")).findFirst().orElseThrow();
        assertThat(kernel.weighted().getOrDefault(Feature.NAME_CONFLICT, 0.0)).isNegative();
        assertThat(kernel.probability()).isLessThan(report.threshold());
        assertThat(tutor.ask(question).quotes()).isEmpty();
    }

    @Test
    void scoreReport_comparison_scoresNoCandidate() {
        // WHEN
        ScoreReport report = tutor.scoreReport("valid vs same convolution");

        // THEN
        assertThat(report.intent()).isEqualTo("compare");
        assertThat(report.shape()).isNull();
        assertThat(report.rows()).isEmpty();
        assertThat(report.render()).contains("no candidate was scored");
    }
}
