package dev.glossarytutor.console;

import dev.glossarytutor.store.SqlGapRepository;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.coverage.ClassReports;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.store.sqlite.SqliteAskedTermRepository;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import dev.glossarytutor.store.sqlite.SqliteScoreRepository;
import dev.glossarytutor.testing.MutableClock;
import dev.glossarytutor.testing.Semester;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportConsoleCommandTest {
    @TempDir
    Path dir;
    private SqliteDatabase db;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-02-02T00:00:00Z"));
    private ReportConsoleCommand command;

    @BeforeEach
    void open() throws Exception {
        db = SqliteDatabase.open(dir.resolve("tutor.db"));
        Glossary glossary = GlossaryLoader.load(Path.of("glossary", "deep-learning"));
        Semester.simulate(db, glossary, clock, new Random(7), 10, 5, ConsoleCommand.SERVER);
        command = new ReportConsoleCommand(new ClassReports(new SqliteScoreRepository(db),
                new SqliteAskedTermRepository(db), new SqlGapRepository(db), () -> glossary, clock),
                dir.resolve("reports"), clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String run(String arguments) throws Exception {
        StringWriter out = new StringWriter();
        command.run(arguments, new BufferedReader(new StringReader("")), new PrintWriter(out, true));
        return out.toString();
    }

    @Test
    void run_should_write_pngs_html_and_csv_when_given_an_out_folder() throws Exception {
        // GIVEN ten simulated days in the console's server
        Path out = dir.resolve("mine");

        // WHEN
        String said = run("--days 10 --out " + out);

        // THEN the pictures, the page and the numbers are there
        assertThat(said).startsWith("Report written to " + out.toAbsolutePath());
        assertThat(out).isDirectoryContaining("glob:**/heatmap.png").isDirectoryContaining("glob:**/questions-per-day.png")
                .isDirectoryContaining("glob:**/unanswered.png").isDirectoryContaining("glob:**/report.html")
                .isDirectoryContaining("glob:**/terms.csv").isDirectoryContaining("glob:**/questions-per-day.csv");
        assertThat(Files.readString(out.resolve("report.html"))).contains("data:image/png;base64,");
        assertThat(Files.readAllLines(out.resolve("questions-per-day.csv"))).hasSize(1 + 10);
    }

    @Test
    void run_should_write_under_the_data_folder_by_date_when_no_out_is_given() throws Exception {
        // WHEN
        run("");

        // THEN reports/<today>/ under the data folder
        assertThat(dir.resolve("reports").resolve("2026-02-11").resolve("report.html")).exists();
    }

    @Test
    void run_should_show_the_usage_when_days_are_out_of_range() throws Exception {
        assertThat(run("--days 0")).startsWith("Usage: report");
        assertThat(run("--days")).startsWith("Usage: report");
        assertThat(run("--weeks 2")).startsWith("Usage: report");
    }
}
