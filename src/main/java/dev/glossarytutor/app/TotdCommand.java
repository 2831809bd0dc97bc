package dev.glossarytutor.app;

import dev.glossarytutor.config.Config;
import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.totd.ServedServers;
import dev.glossarytutor.totd.TotdAdmin;
import dev.glossarytutor.totd.TotdPost;
import dev.glossarytutor.totd.Upcoming;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code totd}: today's term of the console's server; {@code totd upcoming N}: the next N dates and terms. */
@Command(name = "totd", mixinStandardHelpOptions = true,
        description = "Print today's term of the day (the console's schedule), or the upcoming ones.",
        subcommands = TotdCommand.UpcomingCommand.class)
final class TotdCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        try (Wiring app = Main.start(Main.config())) {
            Optional<TotdPost> today = app.totd().today(ServedServers.CONSOLE_SERVER);
            out.println(today.map(p -> app.totdRenderer().render(p, true)).orElse("No term of the day today."));
            return 0;
        }
    }

    @Command(name = "upcoming", mixinStandardHelpOptions = true,
            description = "Print the next N dates and terms, one per line: YYYY-MM-DD<TAB>Term.")
    static final class UpcomingCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "N", defaultValue = "7",
                description = "How many dates (1-" + TotdAdmin.MAX_PREVIEW + ", default ${DEFAULT-VALUE}).")
        int count;

        @Override
        public Integer call() throws Exception {
            if (count < 1 || count > TotdAdmin.MAX_PREVIEW) {
                spec.commandLine().getErr().println("N must be between 1 and " + TotdAdmin.MAX_PREVIEW + ", got " + count + ".");
                return 2;
            }
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            try (Wiring app = Main.start(Main.config())) {
                upcoming(app, count).forEach(u -> out.println(u.line()));
            }
            return 0;
        }

        /** The upcoming posts of the console's server. */
        static List<Upcoming> upcoming(Wiring app, int count) {
            return app.totdAdmin().preview(Actor.console(), ServedServers.CONSOLE_SERVER, count);
        }
    }
}
