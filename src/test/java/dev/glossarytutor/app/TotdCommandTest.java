package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.config.Config;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.totd.Upcoming;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TotdCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void upcoming_listsEveryTermOnceWhenAskedForAsManyDatesAsTerms() throws Exception {
        // GIVEN a fresh data folder (no schedule: every day) and the real glossary
        Config config = new Config(dataDir, Path.of("glossary"), Optional.empty());
        int n = GlossaryLoader.load(Path.of("glossary")).size();

        // WHEN `totd upcoming N` runs with N the number of entries
        List<String> lines = TotdCommand.UpcomingCommand.upcoming(config, n).stream().map(Upcoming::line).toList();

        // THEN N lines of date TAB term, on consecutive dates, naming N distinct terms
        assertThat(lines).hasSize(n).allMatch(l -> l.matches("\\d{4}-\\d{2}-\\d{2}\t\\S.*"));
        assertThat(lines.stream().map(l -> l.split("\t")[1]).distinct()).hasSize(n);
        assertThat(lines.stream().map(l -> l.split("\t")[0]).distinct()).hasSize(n);

        // AND a second run on the same data shows the same rotation (the shuffle is persisted)
        assertThat(TotdCommand.UpcomingCommand.upcoming(config, n).stream().map(Upcoming::line).toList())
                .isEqualTo(lines);
    }

    @Test
    void upcoming_rejectsACountOutOfRangeWithAMessage() {
        // GIVEN the command line, WHEN asked for zero days
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("totd", "upcoming", "0");

        // THEN it exits 2 with a clear message and no stack trace
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("N must be between 1 and 366").doesNotContain("Exception");
    }
}
