package dev.glossarytutor.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Leitner cards per (user, term). The box rules live in {@link Leitner}; this only keeps them. */
public interface LeitnerRepository {

    Optional<LeitnerCard> card(String user, String term);

    /** Inserts the card, or replaces the one the user has for its term. */
    void save(LeitnerCard card);

    /**
     * The user's cards due at {@code now}, longest overdue first, lower boxes breaking ties, then the
     * term. All of them: the caller drops cards of terms the glossary no longer has.
     */
    List<LeitnerCard> due(String user, Instant now);

    /** Every card of the user, by term. */
    List<LeitnerCard> cards(String user);
}
