package dev.glossarytutor.console;

import dev.glossarytutor.totd.Schedule;
import dev.glossarytutor.totd.TotdPost;
import dev.glossarytutor.totd.TotdPoster;
import dev.glossarytutor.totd.TotdTextRenderer;
import java.io.PrintWriter;

/** The console's "channel": the term of the day is printed, quick-check answer included. */
public final class ConsoleTotdPoster implements TotdPoster {
    private final PrintWriter out;
    private final TotdTextRenderer renderer;

    public ConsoleTotdPoster(PrintWriter out, TotdTextRenderer renderer) {
        this.out = out;
        this.renderer = renderer;
    }

    @Override
    public void post(Schedule schedule, TotdPost post) {
        synchronized (out) {
            out.println();
            out.println(renderer.render(post, true));
            out.println();
            out.flush();
        }
    }
}
