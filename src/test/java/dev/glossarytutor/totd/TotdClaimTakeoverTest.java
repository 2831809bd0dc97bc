package dev.glossarytutor.totd;

import dev.glossarytutor.store.SqlScheduleRepository;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import dev.glossarytutor.store.sqlite.SqliteRotationRepository;
import dev.glossarytutor.store.sqlite.SqliteTotdClaimRepository;
import dev.glossarytutor.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two tutor processes on one SQLite file (a connection each) and a claimant that died after claiming. */
class TotdClaimTakeoverTest {
    private static final Instant NOON = Instant.parse("2026-02-02T12:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-02-02");
    private static final String SERVER = "server-1";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(NOON);
    private final List<String> sent = new CopyOnWriteArrayList<>();

    private TermOfTheDayService service(SqliteDatabase db, String owner, Glossary glossary) {
        return new TermOfTheDayService(new SqlScheduleRepository(db), new SqliteRotationRepository(db),
                new SqliteTotdClaimRepository(db), owner, () -> glossary, TotdFixture::quickCheck,
                (schedule, post) -> sent.add(owner + ":" + post.term()), clock.withZone(ZoneOffset.UTC), () -> 42L);
    }

    @Test
    void postNow_should_take_the_day_over_once_when_the_claimant_died_and_its_lease_ran_out() throws Exception {
        Glossary glossary = GlossaryLoader.load(Path.of("glossary", "deep-learning"));
        try (SqliteDatabase dead = SqliteDatabase.open(dir.resolve("tutor.db"));
                SqliteDatabase alive = SqliteDatabase.open(dir.resolve("tutor.db"))) {
            new SqlScheduleRepository(alive).save(Schedule.defaults(SERVER, ZoneOffset.UTC).withChannel("#general", NOON));
            // GIVEN process "dead" claimed today and died before posting
            assertThat(new SqliteTotdClaimRepository(dead).claim(SERVER, DAY, "dead", NOON, NOON.plus(TermOfTheDayService.LEASE)))
                    .isEqualTo(TotdClaimRepository.Claim.CLAIMED);
            TermOfTheDayService survivor = service(alive, "alive", glossary);

            // WHEN the survivor tries while the lease runs
            PostOutcome during = survivor.postNow(SERVER);
            // THEN it does not post
            assertThat(during.posted()).isFalse();
            assertThat(during.message()).contains("Another process");
            assertThat(sent).isEmpty();

            // WHEN the lease has run out
            clock.advance(TermOfTheDayService.LEASE.plus(Duration.ofSeconds(1)));
            PostOutcome after = survivor.postNow(SERVER);
            // THEN the survivor posts, once
            assertThat(after.posted()).isTrue();
            assertThat(sent).hasSize(1).allMatch(s -> s.startsWith("alive:"));

            // AND a restarted "dead" process, or the survivor again, posts nothing more that day
            assertThat(service(dead, "dead", glossary).postNow(SERVER).posted()).isFalse();
            assertThat(survivor.postNow(SERVER).posted()).isFalse();
            assertThat(sent).hasSize(1);
        }
    }
}
