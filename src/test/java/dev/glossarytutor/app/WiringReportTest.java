package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.config.Config;
import dev.glossarytutor.console.ConsoleCommand;
import dev.glossarytutor.testing.FakeTicker;
import dev.glossarytutor.testing.MutableClock;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WiringReportTest {
    @TempDir
    Path dataDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

    @Test
    void repl_should_write_the_report_with_todays_question_when_a_question_was_asked() throws Exception {
        // GIVEN the wired application, and one question asked in the console today
        Config config = new Config(dataDir, Path.of("glossary"), Optional.empty());
        try (Wiring app = Wiring.start(config, Optional.empty(), clock, new FakeTicker())) {
            app.tutor().ask("what is an epoch?", ConsoleCommand.SERVER);

            // WHEN the REPL's report command runs
            StringWriter out = new StringWriter();
            app.repl().run(new BufferedReader(new StringReader("report --days 7\n")), new PrintWriter(out, true), false);

            // THEN the files are under TUTOR_DATA_DIR/reports/<date>/, and today's row counts the question
            Path dir = dataDir.resolve("reports").resolve("2026-03-02");
            assertThat(out.toString()).contains("Report written to " + dir.toAbsolutePath());
            assertThat(dir.resolve("report.html")).exists();
            List<String> days = Files.readAllLines(dir.resolve("questions-per-day.csv"));
            assertThat(days).hasSize(1 + 7);
            String[] today = days.get(days.size() - 1).split(",");
            assertThat(today[0]).isEqualTo("2026-03-02");
            assertThat(Integer.parseInt(today[1]) + Integer.parseInt(today[2]) + Integer.parseInt(today[3])).isEqualTo(1);
        }
    }
}
