package dev.glossarytutor.console;

import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.coverage.CoverageGaps;
import dev.glossarytutor.instructor.NotInstructorException;
import java.io.BufferedReader;
import java.io.PrintWriter;

/** {@code gaps [N]}: the questions the glossary could not answer, most frequent first. */
public final class GapsConsoleCommand implements ConsoleCommand {
    static final int DEFAULT_LINES = 20;

    private final CoverageGaps gaps;

    public GapsConsoleCommand(CoverageGaps gaps) {
        this.gaps = gaps;
    }

    @Override
    public String name() {
        return "gaps";
    }

    @Override
    public String help() {
        return "gaps [N]             questions the glossary could not answer, and the most-asked terms";
    }

    @Override
    public void run(String arguments, BufferedReader in, PrintWriter out) {
        int lines;
        try {
            lines = arguments.isBlank() ? DEFAULT_LINES : Integer.parseInt(arguments.strip());
        } catch (NumberFormatException e) {
            out.println("Usage: gaps [N], where N is how many lines to show (1-" + CoverageGaps.MAX_REPORT_LINES + ").");
            return;
        }
        if (lines < 1 || lines > CoverageGaps.MAX_REPORT_LINES) {
            out.println("Show between 1 and " + CoverageGaps.MAX_REPORT_LINES + " lines.");
            return;
        }
        try {
            out.println(gaps.report(Actor.console(), ConsoleCommand.SERVER, lines).text());
        } catch (NotInstructorException e) {
            out.println(e.getMessage());
        }
    }
}
