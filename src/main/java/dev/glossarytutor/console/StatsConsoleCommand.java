package dev.glossarytutor.console;

import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.quiz.Leitner;
import dev.glossarytutor.quiz.QuizProgress;
import dev.glossarytutor.quiz.LeitnerCard;
import dev.glossarytutor.quiz.PlayerStats;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code stats}: your quiz record and where your terms stand in the review boxes. */
public final class StatsConsoleCommand implements ConsoleCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final QuizProgress progress;
    private final Supplier<Glossary> glossary;

    /** @param glossary the live glossary: review cards of terms a reload removed are not counted */
    public StatsConsoleCommand(QuizProgress progress, Supplier<Glossary> glossary) {
        this.progress = progress;
        this.glossary = glossary;
    }

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String help() {
        return "stats                your quiz scores, streaks and review boxes";
    }

    @Override
    public void run(String arguments, BufferedReader in, PrintWriter out) {
        Optional<PlayerStats> found = progress.stats(ConsoleCommand.SERVER, QuizConsoleCommand.USER);
        if (found.isEmpty()) {
            out.println("No quiz answers yet. Type quiz to start one.");
            return;
        }
        PlayerStats s = found.get();
        out.println(String.format("  %-14s %d", "answered", s.answered()));
        out.println(String.format("  %-14s %d (%d%%)", "correct", s.correct(), Math.round(100 * s.accuracy())));
        out.println(String.format("  %-14s %d", "streak", s.streak()));
        out.println(String.format("  %-14s %d", "best streak", s.bestStreak()));
        out.println(String.format("  %-14s %s", "last played", WHEN.format(s.lastPlayed())));
        List<LeitnerCard> cards = progress.cards(QuizConsoleCommand.USER, glossary.get());
        StringBuilder boxes = new StringBuilder();
        for (int box = Leitner.FIRST_BOX; box <= Leitner.LAST_BOX; box++) {
            int b = box;
            boxes.append(box == Leitner.FIRST_BOX ? "" : "  ").append("box ").append(box).append(": ")
                    .append(cards.stream().filter(c -> c.box() == b).count());
        }
        long due = cards.stream().filter(c -> !c.due().isAfter(progress.now())).count();
        out.println(String.format("  %-14s %s", "review", boxes));
        out.println(String.format("  %-14s %d (quiz review asks them first)", "due now", due));
    }
}
