package dev.glossarytutor.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Spaced repetition with five Leitner boxes per (user, term). A miss sends the term back to box 1;
 * a hit moves it up one box (at most box 5). A term is due again after its box's interval:
 *
 * <pre>
 * box 1: at once (the next review asks it first)
 * box 2: 1 day
 * box 3: 3 days
 * box 4: 7 days
 * box 5: 21 days
 * </pre>
 *
 * A term never asked before counts as sitting in box 1, so a first hit puts it in box 2.
 */
public final class Leitner {
    public static final int FIRST_BOX = 1;
    public static final int LAST_BOX = 5;
    private static final List<Duration> INTERVALS = List.of(
            Duration.ZERO, Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(21));

    private Leitner() {
    }

    /** How long a term waits in {@code box} before it is due again. */
    public static Duration interval(int box) {
        if (box < FIRST_BOX || box > LAST_BOX) {
            throw new IllegalArgumentException("Leitner boxes are " + FIRST_BOX + " to " + LAST_BOX + ": " + box);
        }
        return INTERVALS.get(box - 1);
    }

    /** The card after one answer at {@code now}. */
    public static LeitnerCard after(Optional<LeitnerCard> card, String user, String term, boolean correct,
                                    Instant now) {
        int box = card.map(LeitnerCard::box).orElse(FIRST_BOX);
        int next = correct ? Math.min(box + 1, LAST_BOX) : FIRST_BOX;
        return new LeitnerCard(user, term, next, now.plus(interval(next)), now);
    }
}
