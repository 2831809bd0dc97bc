package dev.glossarytutor.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The nearest entries by score are picked without sorting all of them, as a stable sort would pick them. */
class NearestTest {

    @Test
    void nearest_scoresWithTies_highestFirstAndTiesInMapOrder() {
        // GIVEN
        Map<Entry, Double> scores = new LinkedHashMap<>();
        double[] values = {0.5, 0.9, 0.5, 0.1, 0.9, 0.7, 0.5, 0.3, 0.9, 0.2, 0.5, 0.6};
        for (int i = 0; i < values.length; i++) {
            scores.put(Entry.of("t" + i, "d"), values[i]);
        }

        // WHEN
        List<String> nearest = CandidatePool.nearest(scores).stream().map(Entry::term).toList();

        // THEN
        assertThat(nearest).containsExactly("t1", "t4", "t8", "t5", "t11", "t0", "t2", "t6");
    }

    @Test
    void nearest_randomScores_sameAsSortingThemAll() {
        // GIVEN
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            Map<Entry, Double> scores = new LinkedHashMap<>();
            int size = random.nextInt(30);
            for (int i = 0; i < size; i++) {
                scores.put(Entry.of("t" + i, "d"), (double) random.nextInt(5));
            }
            List<Entry> sorted = scores.entrySet().stream()
                    .sorted(Map.Entry.<Entry, Double>comparingByValue().reversed())
                    .limit(8).map(Map.Entry::getKey).toList();

            // WHEN
            List<Entry> nearest = CandidatePool.nearest(scores);

            // THEN
            assertThat(nearest).containsExactlyElementsOf(sorted);
        }
    }
}
