package dev.glossarytutor.console;

import dev.glossarytutor.quiz.QuizProgress;
import dev.glossarytutor.quiz.QuizText;
import java.io.BufferedReader;
import java.io.PrintWriter;

/** {@code leaderboard}: the console's boards, all time and the last 7 days. */
public final class LeaderboardConsoleCommand implements ConsoleCommand {
    private static final int ROWS = 10;

    private final QuizProgress progress;
    private final QuizText text;

    public LeaderboardConsoleCommand(QuizProgress progress, QuizText text) {
        this.progress = progress;
        this.text = text;
    }

    @Override
    public String name() {
        return "leaderboard";
    }

    @Override
    public String help() {
        return "leaderboard          quiz leaderboards: all time and the last 7 days";
    }

    @Override
    public void run(String arguments, BufferedReader in, PrintWriter out) {
        out.println("All time:");
        out.println(text.table(progress.leaderboard(ConsoleCommand.SERVER, ROWS)));
        out.println("Last " + QuizProgress.RECENT.toDays() + " days:");
        out.println(text.table(progress.recentLeaderboard(ConsoleCommand.SERVER, ROWS)));
    }
}
