package dev.glossarytutor.quiz;

import dev.glossarytutor.store.sqlite.TestStores;
import dev.glossarytutor.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.store.sqlite.SqliteDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeitnerTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private static Optional<LeitnerCard> inBox(int box) {
        return Optional.of(new LeitnerCard("u", "Epoch", box, NOW, NOW.minus(Duration.ofDays(1))));
    }

    @ParameterizedTest(name = "box {0}, {1} -> box {2} due in {3} days")
    @CsvSource({
            "0, true,  2, 1",   // a new term counts as box 1: a hit moves it to box 2
            "0, false, 1, 0",
            "1, true,  2, 1",
            "2, true,  3, 3",
            "3, true,  4, 7",
            "4, true,  5, 21",
            "5, true,  5, 21",  // the last box keeps it
            "5, false, 1, 0",   // a miss always goes back to box 1
            "3, false, 1, 0"})
    void after_should_move_the_card_by_the_leitner_rules(int box, boolean correct, int next, int days) {
        // GIVEN a card in a box (0 = never asked), WHEN the student answers
        LeitnerCard card = Leitner.after(box == 0 ? Optional.empty() : inBox(box), "u", "Epoch", correct, NOW);
        // THEN it lands in the next box, due after that box's interval
        assertThat(card.box()).isEqualTo(next);
        assertThat(card.due()).isEqualTo(NOW.plus(Duration.ofDays(days)));
        assertThat(card.lastSeen()).isEqualTo(NOW);
    }

    @Test
    void interval_should_reject_boxes_that_do_not_exist() {
        assertThatThrownBy(() -> Leitner.interval(6)).hasMessageContaining("1 to 5");
        assertThatThrownBy(() -> Leitner.interval(0)).hasMessageContaining("1 to 5");
    }

    @Test
    void dueTerms_should_list_only_due_cards_most_overdue_first() {
        // GIVEN a student who hit Epoch, missed Kernel, then missed Pooling a minute later
        MutableClock clock = new MutableClock(NOW);
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            QuizProgress progress = TestStores.quizProgress(db, clock);
            progress.recordAnswer("s", "u", "Epoch", true);
            progress.recordAnswer("s", "u", "Kernel", false);
            clock.advance(Duration.ofMinutes(1));
            progress.recordAnswer("s", "u", "Pooling", false);
            // WHEN the due terms are read now
            // THEN the two misses are due, the older first; Epoch waits a day
            assertThat(progress.dueTerms("u", TestGlossary.get(), 10)).extracting(e -> e.term())
                    .containsExactly("Kernel", "Pooling");
            // WHEN a day passes, THEN Epoch is due as well
            clock.advance(Duration.ofDays(1));
            assertThat(progress.dueTerms("u", TestGlossary.get(), 10)).extracting(e -> e.term())
                    .containsExactlyInAnyOrder("Kernel", "Pooling", "Epoch");
            // AND another student has nothing due
            assertThat(progress.dueTerms("someone else", TestGlossary.get(), 10)).isEmpty();
        }
    }

    @Test
    void recordAnswer_should_climb_the_boxes_across_answers() {
        MutableClock clock = new MutableClock(NOW);
        try (SqliteDatabase db = SqliteDatabase.inMemory()) {
            QuizProgress progress = TestStores.quizProgress(db, clock);
            // GIVEN three hits in a row, WHEN then a miss
            for (int i = 0; i < 3; i++) {
                progress.recordAnswer("s", "u", "Epoch", true);
            }
            assertThat(progress.card("u", "Epoch")).map(LeitnerCard::box).contains(4);
            progress.recordAnswer("s", "u", "Epoch", false);
            // THEN the term is back in box 1
            assertThat(progress.card("u", "Epoch")).map(LeitnerCard::box).contains(1);
        }
    }
}
