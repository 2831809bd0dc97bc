package dev.glossarytutor.app;

import dev.glossarytutor.console.ConsoleCommand;
import dev.glossarytutor.console.ReportConsoleCommand;
import dev.glossarytutor.coverage.ClassReports;
import dev.glossarytutor.instructor.Actor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: the class report of a server as PNGs, report.html and CSV. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the class report (term heat map, questions per day, unanswered subjects) as PNGs,"
                + " a self-contained report.html and CSV.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--days", paramLabel = "N", defaultValue = "" + ClassReports.DEFAULT_DAYS,
            description = "The last N days, today included (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default TUTOR_DATA_DIR/reports/<date>/).")
    Path out;

    @Option(names = "--server", paramLabel = "ID", defaultValue = ConsoleCommand.SERVER,
            description = "Whose report: a Discord server id, or the console's (default).")
    String server;

    @Override
    public Integer call() throws Exception {
        if (days < 1 || days > ClassReports.MAX_DAYS) {
            spec.commandLine().getErr().println("--days must be between 1 and " + ClassReports.MAX_DAYS + ", got " + days + ".");
            return 2;
        }
        try (Wiring app = Main.start(Main.config())) {
            Path dir = out != null ? out : app.config().dataDir().resolve("reports")
                    .resolve(LocalDate.now(app.utcClock()).toString());
            Path written = ReportConsoleCommand.write(app.classReports(), Actor.console(), server, days, dir);
            spec.commandLine().getOut().println("Report written to " + written.toAbsolutePath() + " (open report.html).");
            return 0;
        }
    }
}
