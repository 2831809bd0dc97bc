package dev.glossarytutor.totd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console REPL and the Discord bot share one database; each posts only its own servers' terms. */
class TotdServedServersTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZonedDateTime MONDAY_8AM = ZonedDateTime.of(2026, 11, 2, 8, 0, 0, 0, BERLIN);

    @TempDir
    Path dir;

    @Test
    void should_post_the_console_default_schedule_that_totd_schedule_reports_as_on() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN the console's default schedule, never saved, which says every day at 09:00 in console, on
            Schedule console = f.service.schedule(ServedServers.CONSOLE_SERVER);
            assertThat(TotdAdmin.describe(console)).isEqualTo("every day at 09:00 (Europe/Berlin) in console, on");

            // WHEN the REPL's scheduler ticks before 09:00, then after
            int early = f.service.postDue(ServedServers.CONSOLE);
            f.clock.set(MONDAY_8AM.withHour(9).plusMinutes(1));
            int posted = f.service.postDue(ServedServers.CONSOLE);

            // THEN the console got today's term once, at its slot
            assertThat(early).isZero();
            assertThat(posted).isEqualTo(1);
            assertThat(f.sent).singleElement().extracting(TotdFixture.Sent::serverId).isEqualTo(ServedServers.CONSOLE_SERVER);
        }
    }

    @Test
    void should_leave_a_discord_servers_term_to_the_bot_when_the_console_ticks() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN a Discord server due at 09:00 and the console paused
            f.schedule("09:00", "Europe/Berlin", "daily");
            f.service.updateSchedule(ServedServers.CONSOLE_SERVER, (s, now) -> s.withEnabled(false, now));
            f.clock.set(MONDAY_8AM.withHour(9));

            // WHEN the console's scheduler ticks, then the bot's
            int byConsole = f.service.postDue(ServedServers.CONSOLE);
            int byBot = f.service.postDue(ServedServers.DISCORD);

            // THEN only the bot posted the Discord server's term
            assertThat(byConsole).isZero();
            assertThat(byBot).isEqualTo(1);
            assertThat(f.sent).singleElement().extracting(TotdFixture.Sent::serverId).isEqualTo(TotdFixture.SERVER);
        }
    }

    @Test
    void should_leave_the_console_schedule_alone_when_the_bot_ticks() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, MONDAY_8AM)) {
            // GIVEN the console's saved schedule, due at 09:00
            f.service.updateSchedule(ServedServers.CONSOLE_SERVER, (s, now) -> s.withZone(BERLIN, now));
            f.clock.set(MONDAY_8AM.withHour(9));

            // WHEN the bot's scheduler ticks
            int posted = f.service.postDue(ServedServers.DISCORD);

            // THEN it neither posts nor tries the console's "console" channel
            assertThat(posted).isZero();
            assertThat(f.sent).isEmpty();
            assertThat(f.rotations.postOn(ServedServers.CONSOLE_SERVER, MONDAY_8AM.toLocalDate())).isEmpty();
        }
    }
}
