package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.config.Config;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.testing.FakeTicker;
import dev.glossarytutor.testing.MutableClock;
import dev.glossarytutor.totd.Upcoming;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TotdCommandTest {

    @TempDir
    Path dataDir;
    private final MutableClock clock = MutableClock.at(ZonedDateTime.parse("2026-12-01T23:59:00Z[UTC]"));

    @Test
    void upcoming_listsEveryTermOnceWhenAskedForAsManyDatesAsTerms() throws Exception {
        // GIVEN a fresh data folder (no schedule: every day) and the real glossary
        Config config = new Config(dataDir, Path.of("glossary"), Optional.empty());
        int n = GlossaryLoader.load(Path.of("glossary", "deep-learning")).size();

        // WHEN `totd upcoming N` runs with N the number of entries, a minute before midnight
        List<String> lines = upcoming(config, n);

        // THEN N lines of date TAB term, on consecutive dates, naming N distinct terms
        assertThat(lines).hasSize(n).allMatch(l -> l.matches("\\d{4}-\\d{2}-\\d{2}\t\\S.*"));
        assertThat(lines.stream().map(l -> l.split("\t")[1]).distinct()).hasSize(n);
        assertThat(lines.stream().map(l -> l.split("\t")[0]).distinct()).hasSize(n);

        // AND a second run on the same data shows the same rotation (the shuffle is persisted)
        assertThat(upcoming(config, n)).isEqualTo(lines);
    }

    /** One run of the command on a fresh wiring of {@code config}, at a fixed moment that a run cannot straddle. */
    private List<String> upcoming(Config config, int count) throws Exception {
        try (Wiring app = Wiring.start(config, Optional.empty(), clock, new FakeTicker())) {
            return TotdCommand.UpcomingCommand.upcoming(app, count).stream().map(Upcoming::line).toList();
        }
    }

    @Test
    void upcoming_rejectsACountOutOfRangeWithAMessage() {
        // GIVEN the command line, WHEN asked for zero days
        CommandLineRun cli = new CommandLineRun();
        int code = cli.run("totd", "upcoming", "0");

        // THEN it exits 2 with a clear message and no stack trace
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("N must be between 1 and 366").doesNotContain("Exception");
    }
}
