package dev.glossarytutor.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A best candidate is quoted only when it reaches its shape's threshold and beats "none of them". */
class QuoteDecisionTest {
    private final MatchTuning shipped = MatchTuning.shipped();

    @Test
    void none_candidateProbabilities_isWhatTheyLeaveOver() {
        // GIVEN probabilities of three candidates against "none of them"
        double[] p = MatchTuning.againstNone(new double[] {1.0, 0.0, -1.0});

        // WHEN
        double none = MatchTuning.none(p);

        // THEN the null option scores 0, so it is as probable as the candidate scoring 0
        assertThat(none).isCloseTo(p[1], within(1e-12));
    }

    @Test
    void quotes_bestAboveThresholdButBelowNone_abstains() {
        // GIVEN a low threshold for every shape, as a fit on few unanswerable questions of a shape gives
        Map<MatchTuning.Shape, Double> low = new EnumMap<>(MatchTuning.Shape.class);
        for (MatchTuning.Shape shape : MatchTuning.Shape.values()) {
            low.put(shape, 0.02);
        }
        MatchTuning tuning = new MatchTuning(0, shipped.weights(), low, 0.08, 0.1, List.of());

        for (MatchTuning.Shape shape : MatchTuning.Shape.values()) {
            // WHEN the best candidate reaches the threshold but "none of them" is more probable
            boolean guess = tuning.quotes(shape, 0.3, 0.6);
            // AND when it beats none
            boolean likely = tuning.quotes(shape, 0.5, 0.4);

            // THEN only the second is quoted
            assertThat(guess).as(shape.name()).isFalse();
            assertThat(likely).as(shape.name()).isTrue();
        }
    }

    @Test
    void quotes_bestBeatingNoneButBelowThreshold_abstains() {
        // GIVEN the shape with the highest threshold and a best candidate just under it that beats none
        MatchTuning.Shape strictest = MatchTuning.Shape.LOOSE;
        double threshold = shipped.quoteAbove(strictest);

        // WHEN
        boolean quoted = shipped.quotes(strictest, threshold - 0.01, 0.0);

        // THEN
        assertThat(quoted).isFalse();
    }
}
