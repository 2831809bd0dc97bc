package dev.glossarytutor.totd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link RotationRepository} must do; a store runs it by extending this class. */
public abstract class RotationRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-02-02");

    /** A repository on an empty database, the same one on every call within a test. */
    protected abstract RotationRepository rotations();

    private static RotationState after(String posted) {
        Map<String, RotationState.Outcome> done = new LinkedHashMap<>();
        done.put(posted, RotationState.Outcome.POSTED);
        done.put("Skipped", RotationState.Outcome.SKIPPED);
        return new RotationState("s", 7L, 1, List.of(posted, "Skipped", "Next"), done, Optional.of(posted));
    }

    @Test
    void loadOrCreate_should_seed_once_when_asked_twice() {
        // GIVEN a rotation created with seed 7
        RotationState first = rotations().loadOrCreate("s", () -> 7L);
        // WHEN it is asked for again with another seed THEN the first is kept
        assertThat(rotations().loadOrCreate("s", () -> 99L)).isEqualTo(first);
        assertThat(first).isEqualTo(RotationState.fresh("s", 7L));
    }

    @Test
    void save_should_keep_the_order_and_outcomes_when_reloaded() {
        rotations().loadOrCreate("s", () -> 7L);
        // GIVEN a rotation in its first cycle saved
        rotations().save(after("Epoch"));
        // WHEN it is loaded THEN order, outcomes (in order) and last term are the same
        RotationState loaded = rotations().loadOrCreate("s", () -> 1L);
        assertThat(loaded).isEqualTo(after("Epoch"));
        assertThat(loaded.done().keySet()).containsExactly("Epoch", "Skipped");
    }

    @Test
    void queue_should_book_one_term_per_date_when_booked_again() {
        // GIVEN two bookings, the later date first, and one date booked twice
        rotations().queue("s", DAY.plusDays(1), "Loss");
        rotations().queue("s", DAY, "Epoch");
        rotations().queue("s", DAY, "Kernel");
        // WHEN the queue is read THEN dates come in order with the last booking
        assertThat(rotations().queued("s")).containsExactly(Map.entry(DAY, "Kernel"), Map.entry(DAY.plusDays(1), "Loss"));
        // AND unqueue says whether there was a booking
        assertThat(rotations().unqueue("s", DAY)).isTrue();
        assertThat(rotations().unqueue("s", DAY)).isFalse();
        assertThat(rotations().queued("other")).isEmpty();
    }

    @Test
    void recordPost_should_change_nothing_when_the_date_already_has_a_post() {
        rotations().loadOrCreate("s", () -> 7L);
        rotations().queue("s", DAY, "Epoch");
        // GIVEN a post recorded for a date that had a booking
        PostedTerm post = new PostedTerm("s", DAY, "Epoch", "chan", T0);
        assertThat(rotations().recordPost(post, after("Epoch"))).isTrue();
        // THEN the post is there, the booking gone and the rotation saved
        assertThat(rotations().postOn("s", DAY)).contains(post);
        assertThat(rotations().queued("s")).isEmpty();
        assertThat(rotations().loadOrCreate("s", () -> 1L)).isEqualTo(after("Epoch"));
        // WHEN a second post for the same date is recorded THEN it is refused and nothing changes
        assertThat(rotations().recordPost(new PostedTerm("s", DAY, "Loss", "chan", T0), after("Loss"))).isFalse();
        assertThat(rotations().postOn("s", DAY)).contains(post);
        assertThat(rotations().loadOrCreate("s", () -> 1L)).isEqualTo(after("Epoch"));
        assertThat(rotations().postOn("s", DAY.plusDays(1))).isEmpty();
    }
}
