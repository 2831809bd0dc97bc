package dev.glossarytutor.app;

import dev.glossarytutor.store.SqlGapRepository;
import dev.glossarytutor.coverage.AskedQuestion;
import dev.glossarytutor.coverage.ClassReport;
import dev.glossarytutor.coverage.ClassReports;
import dev.glossarytutor.coverage.ReportCharts;
import dev.glossarytutor.coverage.ReportExport;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.store.sqlite.SqliteAskedTermRepository;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import dev.glossarytutor.store.sqlite.SqliteScoreRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench report}: fills a throw-away SQLite store with a large synthetic class (by default 500
 * terms, 10,000 recorded questions and as many quiz answers), then times building and rendering the
 * class report: the store's queries, the three PNGs, the CSV and report.html.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Time the class report on a synthetic store; prints fill_ms, first_ms, p50_ms, max_ms.")
final class ReportBenchCommand implements Callable<Integer> {
    private static final String SERVER = "bench";

    @Option(names = "--terms", defaultValue = "500", description = "Glossary terms (default: ${DEFAULT-VALUE}).")
    int terms;

    @Option(names = "--questions", defaultValue = "10000",
            description = "Recorded questions, and as many quiz answers (default: ${DEFAULT-VALUE}).")
    int questions;

    @Option(names = "--days", defaultValue = "30", description = "Days the report covers (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed reports after the first (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        if (terms < 1 || questions < 0 || rounds < 1 || days < 1 || days > ClassReports.MAX_DAYS) {
            System.err.println("--terms, --rounds and --days must be positive, --questions at least 0");
            return 2;
        }
        Path dir = Files.createTempDirectory("report-bench");
        Clock clock = Clock.systemUTC();
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i <= terms; i++) {
            entries.add(Entry.of(String.format("Synthetic term %03d", i), "The definition of synthetic term " + i + "."));
        }
        Glossary glossary = Glossary.of(entries);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("tutor.db"))) {
            long fill = System.nanoTime();
            fill(db, entries, clock, new Random(1));
            double fillMs = (System.nanoTime() - fill) / 1e6;
            ClassReports reports = new ClassReports(new SqliteScoreRepository(db), new SqliteAskedTermRepository(db),
                    new SqlGapRepository(db), () -> glossary, clock);

            double firstMs = timeOnce(reports);
            double[] millis = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                millis[r] = timeOnce(reports);
            }
            Arrays.sort(millis);
            System.out.println("terms: " + terms);
            System.out.println("recorded_questions: " + questions);
            System.out.println("quiz_answers: " + questions);
            System.out.printf("fill_ms: %.0f%n", fillMs);
            System.out.printf("first_ms: %.0f%n", firstMs);
            System.out.printf("p50_ms: %.0f%n", BenchCommand.percentile(millis, 50));
            System.out.printf("max_ms: %.0f%n", millis[millis.length - 1]);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    /** One report as an instructor gets it: queries, the three charts, CSV and report.html. */
    private double timeOnce(ClassReports reports) {
        long t0 = System.nanoTime();
        ClassReport report = reports.report(Actor.console(), SERVER, days);
        ReportExport.files(report, ReportCharts.render(report));
        return (System.nanoTime() - t0) / 1e6;
    }

    private void fill(SqliteDatabase db, List<Entry> entries, Clock clock, Random random) {
        SqliteAskedTermRepository asked = new SqliteAskedTermRepository(db);
        SqliteScoreRepository scores = new SqliteScoreRepository(db);
        SqlGapRepository gaps = new SqlGapRepository(db);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        for (int q = 0; q < questions; q++) {
            int back = random.nextInt(days);
            String term = entries.get(random.nextInt(entries.size())).term();
            double roll = random.nextDouble();
            if (roll < 0.1) {
                asked.record(new AskedQuestion(SERVER, today.minusDays(back), AskedQuestion.Outcome.ABSTAINED, List.of()));
                String subject = "unknown subject " + random.nextInt(50);
                gaps.logGap(SERVER, now.minus(Duration.ofDays(back)), "what is " + subject, "what is " + subject, List.of());
            } else {
                asked.record(new AskedQuestion(SERVER, today.minusDays(back),
                        roll < 0.3 ? AskedQuestion.Outcome.CLOSE_MATCHES : AskedQuestion.Outcome.ANSWERED, List.of(term)));
            }
            scores.record(SERVER, "student-" + random.nextInt(200), term, random.nextDouble() < 0.7,
                    now.minus(Duration.ofDays(back)));
        }
    }
}
