package dev.glossarytutor.console;

import dev.glossarytutor.totd.Schedule;
import dev.glossarytutor.totd.TotdPost;
import dev.glossarytutor.totd.TotdPoster;
import dev.glossarytutor.totd.TotdTextRenderer;
import java.io.PrintWriter;

/**
 * The console's "channel": the term of the day is printed, quick-check answer included. It posts
 * only the console's own schedule: printing a Discord server's term here would use up that server's day.
 */
public final class ConsoleTotdPoster implements TotdPoster {
    private final PrintWriter out;
    private final TotdTextRenderer renderer;

    public ConsoleTotdPoster(PrintWriter out, TotdTextRenderer renderer) {
        this.out = out;
        this.renderer = renderer;
    }

    @Override
    public void post(Schedule schedule, TotdPost post) {
        if (!ConsoleCommand.SERVER.equals(schedule.serverId())) {
            throw new IllegalArgumentException("the console posts only its own term of the day, not server "
                    + schedule.serverId() + "'s");
        }
        synchronized (out) {
            out.println();
            out.println(renderer.render(post, true));
            out.println();
            out.flush();
        }
    }
}
