package dev.glossarytutor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.define.TextRenderer;
import dev.glossarytutor.totd.Schedule;
import dev.glossarytutor.totd.TotdPost;
import dev.glossarytutor.totd.TotdTextRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleTotdPosterTest {
    private final StringWriter printed = new StringWriter();
    private final ConsoleTotdPoster poster =
            new ConsoleTotdPoster(new PrintWriter(printed), new TotdTextRenderer(new TextRenderer()));

    @Test
    void post_refusesAnotherServersTermAndPrintsNothing() throws Exception {
        // GIVEN a Discord server's schedule and its post
        Entry entry = GlossaryLoader.load(Path.of("glossary", "deep-learning")).entries().get(0);
        Schedule discord = Schedule.defaults("123456789", ZoneOffset.UTC).withChannel("987654321", java.time.Instant.EPOCH);

        // WHEN the console is asked to post it
        // THEN it refuses, so the day stays unposted for the bot
        assertThatThrownBy(() -> poster.post(discord, new TotdPost("123456789", LocalDate.of(2026, 11, 2), entry,
                Optional.empty()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("123456789");
        assertThat(printed.toString()).isEmpty();
    }

    @Test
    void post_printsTheConsolesOwnTermWithItsDefinitionVerbatim() throws Exception {
        // GIVEN the console's default schedule and a post
        Entry entry = GlossaryLoader.load(Path.of("glossary", "deep-learning")).entries().get(0);
        Schedule console = Schedule.defaults(ConsoleCommand.SERVER, ZoneOffset.UTC);

        // WHEN it is posted
        poster.post(console, new TotdPost(ConsoleCommand.SERVER, LocalDate.of(2026, 11, 2), entry, Optional.empty()));

        // THEN it is printed, definition word for word
        assertThat(printed.toString()).contains(entry.term()).contains(entry.definition());
    }
}
