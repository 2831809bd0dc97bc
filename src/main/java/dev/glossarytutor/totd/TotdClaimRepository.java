package dev.glossarytutor.totd;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Who posts a server's term of the day for a date, across every process that shares the store.
 *
 * <p>A process claims the (server, date) before it posts: the claim is a row with an owner and a
 * lease, taken in one transaction. Only the claimant posts, then it marks the day done. A claim whose
 * lease ran out (its owner died or hung) may be taken over by another owner. All instants come from
 * the caller's clock, so a test moves time by hand. An implementation on a shared database server
 * must make {@link #claim} atomic in the same way (for example one
 * {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE} statement).
 */
public interface TotdClaimRepository {

    /** What a claim attempt found. */
    enum Claim {
        /** The caller holds the claim now (new, renewed, or taken over after the lease ran out): it may post. */
        CLAIMED,
        /** Another owner holds an unexpired lease: the caller must not post. */
        HELD_BY_OTHER,
        /** The day was posted and marked done: nobody posts again. */
        DONE
    }

    /**
     * Claims {@code serverId}'s {@code date} for {@code owner} until {@code leaseUntil}, unless it is
     * done or another owner's lease is still running at {@code now}. One atomic step.
     */
    Claim claim(String serverId, LocalDate date, String owner, Instant now, Instant leaseUntil);

    /** Marks the day done; false, changing nothing, when {@code owner} does not hold the claim. */
    boolean markDone(String serverId, LocalDate date, String owner);

    /** Gives up {@code owner}'s claim (the post failed), so that any process may try again at once. */
    void release(String serverId, LocalDate date, String owner);
}
