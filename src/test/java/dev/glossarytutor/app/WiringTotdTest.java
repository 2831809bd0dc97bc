package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.config.Config;
import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.totd.PostOutcome;
import dev.glossarytutor.totd.ServedServers;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console REPL shares the bot's data folder; it must not use up a Discord server's term of the day. */
class WiringTotdTest {
    private static final String DISCORD_SERVER = "123456789";

    @Test
    void should_not_post_a_discord_servers_term_when_the_repl_scheduler_ticks(@TempDir Path dir) throws Exception {
        // GIVEN the bot's data folder, where a Discord server has a schedule whose slot today has passed (00:00 UTC)
        Config config = new Config(dir.resolve("data"), Path.of("glossary"), Optional.empty());
        try (Wiring app = Wiring.start(config, Optional.empty())) {
            app.totd().updateSchedule(DISCORD_SERVER, (s, now) -> s.withChannel("987654321", Instant.EPOCH)
                    .withZone(ZoneOffset.UTC, Instant.EPOCH).withTime(LocalTime.MIDNIGHT, Instant.EPOCH));

            // WHEN the REPL's scheduler ticks (no bot in this process)
            ServedServers served = app.totdServed();
            app.totd().postDue(served);

            // THEN it ticks for the console only, and the Discord server's day is not used up
            assertThat(served).isEqualTo(ServedServers.CONSOLE);
            assertThat(app.totdAdmin().preview(Actor.console(), DISCORD_SERVER, 1).get(0).date())
                    .isEqualTo(app.totd().localDate(DISCORD_SERVER));
        }
    }

    @Test
    void postNow_discordServerWithoutABotFailsAndLeavesTheDayUnposted(@TempDir Path dir) throws Exception {
        // GIVEN a console process and a Discord server's schedule in the shared data folder
        Config config = new Config(dir.resolve("data"), Path.of("glossary"), Optional.empty());
        try (Wiring app = Wiring.start(config, Optional.empty())) {
            app.totd().updateSchedule(DISCORD_SERVER, (s, now) -> s.withChannel("987654321", now));
            // (whether today still has a slot depends on the wall clock: a schedule set after 09:00 starts tomorrow)
            var before = app.totd().upcoming(DISCORD_SERVER, 1);

            // WHEN something in this process asks to post that server's term now
            PostOutcome outcome = app.totd().postNow(DISCORD_SERVER);

            // THEN nothing is printed in its place: the post fails with a reason and the day stays open
            assertThat(outcome.status()).isEqualTo(PostOutcome.Status.FAILED);
            assertThat(outcome.message()).contains("not connected to Discord");
            assertThat(app.totd().upcoming(DISCORD_SERVER, 1)).isEqualTo(before);
        }
    }
}
