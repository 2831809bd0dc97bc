package dev.glossarytutor.console;

import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.instructor.NotInstructorException;
import dev.glossarytutor.totd.InvalidInputException;
import dev.glossarytutor.totd.PostOutcome;
import dev.glossarytutor.totd.Schedule;
import dev.glossarytutor.totd.TermOfTheDayService;
import dev.glossarytutor.totd.TotdAdmin;
import dev.glossarytutor.totd.TotdPost;
import dev.glossarytutor.totd.TotdTextRenderer;
import dev.glossarytutor.totd.Upcoming;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code totd} and its instructor subcommands, for the console's server. The console user is an
 * instructor, so every subcommand is allowed; the permission and parsing rules are the
 * transport-independent ones of {@link TotdAdmin}.
 */
public final class TotdConsoleCommand implements ConsoleCommand {
    static final int DEFAULT_UPCOMING = 7;
    private static final String SERVER = ConsoleCommand.SERVER;

    private final TermOfTheDayService service;
    private final TotdAdmin admin;
    private final TotdTextRenderer renderer;
    private final Actor actor = Actor.console();

    public TotdConsoleCommand(TermOfTheDayService service, TotdAdmin admin, TotdTextRenderer renderer) {
        this.service = service;
        this.admin = admin;
        this.renderer = renderer;
    }

    @Override
    public String name() {
        return "totd";
    }

    @Override
    public String help() {
        return "totd [upcoming N | schedule | time HH:MM | zone ZONE | days mon-fri | channel NAME | pause | resume"
                + " | post | queue DATE TERM | unqueue DATE | skip [TERM]]   term of the day";
    }

    @Override
    public void run(String arguments, BufferedReader in, PrintWriter out) {
        String[] parts = arguments.strip().split("\\s+", 2);
        String sub = parts[0].toLowerCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1].strip() : "";
        try {
            switch (sub) {
                case "", "today" -> today(out);
                case "upcoming", "preview" -> upcoming(rest, out);
                case "schedule" -> out.println("Term of the day: " + TotdAdmin.describe(admin.schedule(actor, SERVER)));
                case "time" -> changed(admin.setTime(actor, SERVER, required(rest, "time HH:MM")), out);
                case "zone" -> changed(admin.setZone(actor, SERVER, required(rest, "zone Europe/Berlin")), out);
                case "days" -> changed(admin.setDays(actor, SERVER, required(rest, "days mon-fri")), out);
                case "channel" -> changed(admin.setChannel(actor, SERVER, required(rest, "channel NAME")), out);
                case "pause" -> changed(admin.pause(actor, SERVER), out);
                case "resume" -> changed(admin.resume(actor, SERVER), out);
                case "post" -> post(out);
                case "queue" -> queue(rest, out);
                case "unqueue" -> out.println(admin.unqueue(actor, SERVER, required(rest, "unqueue DATE"))
                        ? "Removed the queued term." : "Nothing was queued for that date.");
                case "skip" -> out.println("Skipped " + admin.skip(actor, SERVER, rest) + " for this cycle.");
                default -> out.println("Unknown totd command '" + parts[0] + "'. Usage: " + help());
            }
        } catch (InvalidInputException | NotInstructorException e) {
            out.println(e.getMessage());
        }
    }

    private void today(PrintWriter out) {
        Optional<TotdPost> post = service.today(SERVER);
        if (post.isPresent()) {
            out.println(renderer.render(post.get(), true));
            return;
        }
        out.println("No term of the day today.");
        service.upcoming(SERVER, 1).forEach(u -> out.println("Next: " + u.date() + " " + u.term()));
    }

    private void upcoming(String count, PrintWriter out) {
        int n = count.isEmpty() ? DEFAULT_UPCOMING : number(count);
        List<Upcoming> upcoming = admin.preview(actor, SERVER, n);
        upcoming.forEach(u -> out.println(u.line()));
    }

    private void post(PrintWriter out) {
        PostOutcome outcome = admin.postNow(actor, SERVER);
        out.println(outcome.message());
    }

    private void queue(String rest, PrintWriter out) {
        String[] words = rest.split("\\s+", 2);
        if (words.length < 2) {
            throw new InvalidInputException("Usage: totd queue DATE TERM, e.g. totd queue 2026-12-01 "
                    + service.glossary(SERVER).example().map(e -> e.term()).orElse("TERM"));
        }
        String term = admin.queue(actor, SERVER, words[0], words[1]);
        out.println("Queued " + term + " for " + words[0] + ".");
    }

    private static void changed(Schedule s, PrintWriter out) {
        out.println("Term of the day: " + TotdAdmin.describe(s));
    }

    private static String required(String value, String usage) {
        if (value.isEmpty()) {
            throw new InvalidInputException("Usage: totd " + usage);
        }
        return value;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + text.strip() + "' is not a number of days.");
        }
    }
}
