package dev.glossarytutor.totd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.totd.TotdClaimRepository.Claim;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What every {@link TotdClaimRepository} must do; a store runs it by extending this class. */
public abstract class TotdClaimRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-02-02T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final LocalDate DAY = LocalDate.parse("2026-02-02");

    /** A repository on an empty database, the same one on every call within a test. */
    protected abstract TotdClaimRepository claims();

    /** A second repository on the same database, as another process would have it. */
    protected abstract TotdClaimRepository claimsOfAnotherProcess();

    @Test
    void claim_should_go_to_the_first_owner_when_the_day_is_free() {
        // GIVEN nobody claimed the day WHEN a claims it, then b
        Claim a = claims().claim("s", DAY, "a", T0, T0.plus(LEASE));
        Claim b = claimsOfAnotherProcess().claim("s", DAY, "b", T0, T0.plus(LEASE));
        // THEN a holds it and b is turned away
        assertThat(a).isEqualTo(Claim.CLAIMED);
        assertThat(b).isEqualTo(Claim.HELD_BY_OTHER);
        // AND another server's day, or another day, is free
        assertThat(claimsOfAnotherProcess().claim("t", DAY, "b", T0, T0.plus(LEASE))).isEqualTo(Claim.CLAIMED);
        assertThat(claimsOfAnotherProcess().claim("s", DAY.plusDays(1), "b", T0, T0.plus(LEASE))).isEqualTo(Claim.CLAIMED);
    }

    @Test
    void claim_should_pass_to_another_owner_when_the_lease_ran_out() {
        // GIVEN a claimed the day and never finished
        claims().claim("s", DAY, "a", T0, T0.plus(LEASE));
        // WHEN b tries just before the lease ends, and when it has ended
        Claim early = claimsOfAnotherProcess().claim("s", DAY, "b", T0.plus(LEASE).minusMillis(1), T0.plus(LEASE.multipliedBy(2)));
        Claim late = claimsOfAnotherProcess().claim("s", DAY, "b", T0.plus(LEASE), T0.plus(LEASE.multipliedBy(2)));
        // THEN b gets it only once the lease has run out, and a can no longer finish it
        assertThat(early).isEqualTo(Claim.HELD_BY_OTHER);
        assertThat(late).isEqualTo(Claim.CLAIMED);
        assertThat(claims().markDone("s", DAY, "a")).isFalse();
        assertThat(claimsOfAnotherProcess().markDone("s", DAY, "b")).isTrue();
    }

    @Test
    void claim_should_report_done_to_everyone_when_the_day_was_marked_done() {
        // GIVEN a claimed and posted the day
        claims().claim("s", DAY, "a", T0, T0.plus(LEASE));
        assertThat(claims().markDone("s", DAY, "a")).isTrue();
        // WHEN anyone claims it, even long after the lease
        // THEN it is done
        assertThat(claimsOfAnotherProcess().claim("s", DAY, "b", T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2))))
                .isEqualTo(Claim.DONE);
        assertThat(claims().claim("s", DAY, "a", T0, T0.plus(LEASE))).isEqualTo(Claim.DONE);
    }

    @Test
    void claim_should_renew_when_the_owner_claims_again() {
        // GIVEN a holds the day
        claims().claim("s", DAY, "a", T0, T0.plus(LEASE));
        // WHEN a claims it again with a later lease
        assertThat(claims().claim("s", DAY, "a", T0.plus(LEASE), T0.plus(LEASE.multipliedBy(2)))).isEqualTo(Claim.CLAIMED);
        // THEN b is still turned away until the new lease ends
        assertThat(claimsOfAnotherProcess().claim("s", DAY, "b", T0.plus(LEASE).plusSeconds(1), T0.plus(LEASE.multipliedBy(3))))
                .isEqualTo(Claim.HELD_BY_OTHER);
    }

    @Test
    void release_should_free_the_day_when_the_owner_gives_it_up() {
        // GIVEN a holds the day and its post failed
        claims().claim("s", DAY, "a", T0, T0.plus(LEASE));
        // WHEN b tries to release it, nothing changes; when a releases it, b may claim it
        claimsOfAnotherProcess().release("s", DAY, "b");
        assertThat(claimsOfAnotherProcess().claim("s", DAY, "b", T0, T0.plus(LEASE))).isEqualTo(Claim.HELD_BY_OTHER);
        claims().release("s", DAY, "a");
        // THEN
        assertThat(claimsOfAnotherProcess().claim("s", DAY, "b", T0, T0.plus(LEASE))).isEqualTo(Claim.CLAIMED);
    }

    @Test
    void markDone_should_refuse_when_the_caller_holds_no_claim() {
        // GIVEN no claim WHEN a marks the day done THEN nothing changes
        assertThat(claims().markDone("s", DAY, "a")).isFalse();
        assertThat(claims().claim("s", DAY, "a", T0, T0.plus(LEASE))).isEqualTo(Claim.CLAIMED);
    }
}
