package dev.glossarytutor.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.totd.TotdClaimRepository;
import dev.glossarytutor.totd.TotdClaimRepository.Claim;
import dev.glossarytutor.totd.TotdClaimRepositoryContract;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@link TotdClaimRepository} contract on the test PostgreSQL server, in a schema of its own per test;
 * the "other process" is a second store (its own pool) on the same schema.
 */
class PostgresTotdClaimRepositoryTest extends TotdClaimRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-02-02T09:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-02-02");
    @RegisterExtension
    final FreshPostgresSchema pg = new FreshPostgresSchema();
    private PostgresStore other;

    @BeforeEach
    void openOther() {
        other = PostgresStore.open(TestPostgres.login(pg.schema()));
    }

    @AfterEach
    void closeOther() {
        if (other != null) {
            other.close();
        }
    }

    @Override
    protected TotdClaimRepository claims() {
        return pg.store().totdClaims();
    }

    @Override
    protected TotdClaimRepository claimsOfAnotherProcess() {
        return other.totdClaims();
    }

    @Test
    void claim_should_go_to_exactly_one_owner_when_many_claim_a_free_day_at_once() throws Exception {
        // GIVEN 16 owners on two stores (two pools), first on a free day, then once its lease has run out
        for (Instant now : List.of(T0, T0.plus(Duration.ofHours(1)))) {
            // WHEN they all claim it at the same moment
            List<Claim> results = race(now);
            // THEN exactly one may post, every other is turned away
            assertThat(results).filteredOn(r -> r == Claim.CLAIMED).hasSize(1);
            assertThat(results).filteredOn(r -> r == Claim.HELD_BY_OTHER).hasSize(15);
        }
    }

    /** 16 owners, half on each store, claim the day at {@code now} at once, with a five-minute lease. */
    private List<Claim> race(Instant now) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Claim>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                TotdClaimRepository repo = i % 2 == 0 ? claims() : claimsOfAnotherProcess();
                String owner = "owner-" + now.getEpochSecond() + "-" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return repo.claim("s", DAY, owner, now, now.plus(Duration.ofMinutes(5)));
                }));
            }
            start.countDown();
            List<Claim> results = new ArrayList<>();
            for (Future<Claim> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
