package dev.glossarytutor.console;

import dev.glossarytutor.coverage.ClassReport;
import dev.glossarytutor.coverage.ClassReports;
import dev.glossarytutor.coverage.ReportCharts;
import dev.glossarytutor.coverage.ReportExport;
import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.instructor.NotInstructorException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code report [--days N] [--out DIR]}: the class report as PNGs, a self-contained report.html and
 * the numbers as CSV, written into DIR (default {@code TUTOR_DATA_DIR/reports/<date>/}).
 */
public final class ReportConsoleCommand implements ConsoleCommand {
    static final String USAGE = "Usage: report [--days N] [--out DIR], N from 1 to " + ClassReports.MAX_DAYS + ".";

    private final ClassReports reports;
    private final Path reportsDir;
    private final Clock clock;

    /** @param reportsDir where reports go by default, one folder per date ({@code TUTOR_DATA_DIR/reports}) */
    public ReportConsoleCommand(ClassReports reports, Path reportsDir, Clock clock) {
        this.reports = reports;
        this.reportsDir = reportsDir;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String help() {
        return "report [--days N] [--out DIR]  class report: PNG charts, report.html and CSV (default last 30 days)";
    }

    @Override
    public void run(String arguments, BufferedReader in, PrintWriter out) throws IOException {
        int days = ClassReports.DEFAULT_DAYS;
        Path dir = null;
        List<String> words = List.of(arguments.strip().split("\\s+"));
        try {
            for (int i = 0; i < words.size(); i++) {
                switch (words.get(i)) {
                    case "" -> { }
                    case "--days" -> days = Integer.parseInt(words.get(++i));
                    case "--out" -> dir = Path.of(words.get(++i));
                    default -> throw new IllegalArgumentException(words.get(i));
                }
            }
        } catch (RuntimeException e) {
            out.println(USAGE);
            return;
        }
        if (days < 1 || days > ClassReports.MAX_DAYS) {
            out.println(USAGE);
            return;
        }
        try {
            Path written = write(reports, Actor.console(), SERVER, days,
                    dir != null ? dir : reportsDir.resolve(LocalDate.now(clock).toString()));
            out.println("Report written to " + written.toAbsolutePath() + " (open report.html).");
        } catch (NotInstructorException e) {
            out.println(e.getMessage());
        }
    }

    /** Renders the report of {@code serverId} and writes its files into {@code dir}; returns the summary line's folder. */
    public static Path write(ClassReports reports, Actor actor, String serverId, int days, Path dir) throws IOException {
        ClassReport report = reports.report(actor, serverId, days);
        Map<String, byte[]> files = ReportExport.files(report, ReportCharts.render(report));
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        Files.writeString(dir.resolve("summary.txt"), report.summary() + System.lineSeparator());
        return dir;
    }
}
