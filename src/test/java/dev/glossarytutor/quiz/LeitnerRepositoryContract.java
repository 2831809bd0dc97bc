package dev.glossarytutor.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link LeitnerRepository} must do; a store runs it by extending this class. */
public abstract class LeitnerRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");

    /** A repository on an empty database, the same one on every call within a test. */
    protected abstract LeitnerRepository cards();

    @Test
    void save_should_replace_the_card_when_the_term_has_one() {
        // GIVEN a card in box 1
        cards().save(new LeitnerCard("ana", "Epoch", 1, T0, T0));
        // WHEN it is saved again in box 2
        LeitnerCard later = new LeitnerCard("ana", "Epoch", 2, T0.plusSeconds(86_400), T0.plusSeconds(60));
        cards().save(later);
        // THEN only the new one is there, and another user has none
        assertThat(cards().card("ana", "Epoch")).contains(later);
        assertThat(cards().cards("ana")).containsExactly(later);
        assertThat(cards().card("ben", "Epoch")).isEmpty();
    }

    @Test
    void due_should_list_overdue_first_then_lower_boxes_when_cards_are_due() {
        // GIVEN cards due yesterday (box 3), yesterday (box 1), an hour ago, and tomorrow
        Instant now = T0.plusSeconds(10 * 86_400);
        LeitnerCard oldHigh = new LeitnerCard("ana", "Alpha", 3, now.minusSeconds(86_400), T0);
        LeitnerCard oldLow = new LeitnerCard("ana", "Beta", 1, now.minusSeconds(86_400), T0);
        LeitnerCard recent = new LeitnerCard("ana", "Gamma", 2, now.minusSeconds(3600), T0);
        LeitnerCard future = new LeitnerCard("ana", "Delta", 1, now.plusSeconds(86_400), T0);
        for (LeitnerCard c : new LeitnerCard[] {future, recent, oldHigh, oldLow}) {
            cards().save(c);
        }
        cards().save(new LeitnerCard("ben", "Alpha", 1, T0, T0));
        // WHEN the due cards are read THEN the longest overdue come first, lower boxes breaking ties
        assertThat(cards().due("ana", now)).containsExactly(oldLow, oldHigh, recent);
        // AND all cards come by term
        assertThat(cards().cards("ana")).containsExactly(oldHigh, oldLow, future, recent);
    }
}
