package dev.glossarytutor.totd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RotationTest {

    private static List<String> take(Rotation rotation, RotationState[] state, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Rotation.Pick pick = rotation.next(state[0], Set.of()).orElseThrow();
            state[0] = rotation.mark(pick.state(), pick.term(), RotationState.Outcome.POSTED);
            out.add(pick.term());
        }
        return out;
    }

    @Test
    void next_letsATermAddedMidCycleJoinAndARemovedOneDropOut() {
        // GIVEN a rotation over A-D that has shown two terms
        RotationState[] state = {RotationState.fresh("s", 99)};
        List<String> shown = take(new Rotation(List.of("A", "B", "C", "D")), state, 2);

        // WHEN a reload adds E and removes one of the terms not yet shown
        List<String> notShown = new ArrayList<>(List.of("A", "B", "C", "D"));
        notShown.removeAll(shown);
        String removed = notShown.get(0);
        List<String> terms = new ArrayList<>(List.of("A", "B", "C", "D", "E"));
        terms.remove(removed);
        List<String> rest = take(new Rotation(terms), state, 2);

        // THEN the cycle ends with the remaining old term and the new one, never the removed one
        assertThat(rest).containsExactlyInAnyOrder(notShown.get(1), "E");
        assertThat(state[0].cycle()).isEqualTo(1);
    }

    @Test
    void shuffle_dependsOnlyOnSeedAndCycleAndAvoidsStartingWithTheLastTerm() {
        List<String> terms = List.of("A", "B", "C", "D", "E", "F");
        assertThat(Rotation.shuffle(terms, 5, 1, Optional.empty())).isEqualTo(Rotation.shuffle(terms, 5, 1, Optional.empty()));
        for (String last : terms) {
            assertThat(Rotation.shuffle(terms, 5, 2, Optional.of(last)).get(0)).isNotEqualTo(last);
        }
    }
}
