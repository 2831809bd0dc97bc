package dev.glossarytutor.totd;

import dev.glossarytutor.store.SqlScheduleRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.store.sqlite.SqliteDatabase;
import dev.glossarytutor.store.sqlite.SqliteRotationRepository;
import dev.glossarytutor.store.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TotdSchedulerTest {
    private static final ZonedDateTime NINE = ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;

    @Test
    void tick_containsAFailureSoLaterTicksStillPost() throws Exception {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (TotdFixture f = new TotdFixture(dir, NINE.minusHours(1))) {
            // GIVEN a due schedule, and a service whose database is gone
            f.schedule("09:00", "Europe/Berlin", "daily");
            f.clock.set(NINE);
            SqliteDatabase closed = SqliteDatabase.open(dir.resolve("closed.db"));
            closed.close();
            TermOfTheDayService broken = new TermOfTheDayService(new SqlScheduleRepository(closed), new SqliteRotationRepository(closed),
                    () -> f.glossary, TotdFixture::quickCheck, (s, p) -> { }, f.clock, () -> 1L);
            assertThatThrownBy(() -> broken.postDue(ServedServers.DISCORD)).isInstanceOf(StoreException.class);

            // WHEN the broken service's tick runs, then the healthy one's
            assertThatCode(new TotdScheduler(broken, ServedServers.DISCORD, executor, Duration.ofSeconds(30))::tick)
                    .doesNotThrowAnyException();
            new TotdScheduler(f.service, ServedServers.DISCORD, executor, Duration.ofSeconds(30)).tick();

            // THEN the failure stayed inside its tick and the healthy tick posted
            assertThat(f.sent).hasSize(1);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void constructor_rejectsANonPositiveInterval() throws Exception {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (TotdFixture f = new TotdFixture(dir, NINE)) {
            assertThatThrownBy(() -> new TotdScheduler(f.service, ServedServers.DISCORD, executor, Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void tick_containsAnErrorThatIsNoException() throws Exception {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (TotdFixture f = new TotdFixture(dir, NINE.minusHours(1))) {
            // GIVEN a due schedule whose transport throws an Error, not an Exception
            f.schedule("09:00", "Europe/Berlin", "daily");
            f.clock.set(NINE);
            TermOfTheDayService failing = new TermOfTheDayService(f.schedules, f.rotations, () -> f.glossary,
                    TotdFixture::quickCheck, (s, p) -> {
                        throw new AssertionError("transport bug");
                    }, f.clock, () -> 1L);

            // WHEN its tick runs
            TotdScheduler scheduler = new TotdScheduler(failing, ServedServers.DISCORD, executor, Duration.ofSeconds(30));

            // THEN the Error stays inside the tick, so the periodic task is not cancelled
            assertThatCode(scheduler::tick).doesNotThrowAnyException();
        } finally {
            executor.shutdownNow();
        }
    }
}
