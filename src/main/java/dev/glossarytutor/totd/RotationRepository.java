package dev.glossarytutor.totd;

import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The term-of-the-day rotation of each server, its queue of terms booked for dates, and the log of
 * posts. They sit behind one interface because a post changes all three as one unit.
 */
public interface RotationRepository {

    /** The server's rotation, created with a seed from {@code seeds} the first time it is asked for. */
    RotationState loadOrCreate(String serverId, LongSupplier seeds);

    void save(RotationState state);

    /** Terms booked for dates, earliest first. */
    NavigableMap<LocalDate, String> queued(String serverId);

    /** Books {@code term} for {@code date}, replacing what was booked for that date. */
    void queue(String serverId, LocalDate date, String term);

    /** Removes the booking for {@code date}; false when there was none. */
    boolean unqueue(String serverId, LocalDate date);

    Optional<PostedTerm> postOn(String serverId, LocalDate date);

    /**
     * Records a post, removes its date's booking and saves the rotation after it, as one unit.
     * Returns false, changing nothing, when the server already has a post for that date.
     */
    boolean recordPost(PostedTerm post, RotationState after);
}
