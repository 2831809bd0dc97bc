package dev.glossarytutor.app;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.glossarytutor.config.Config;
import dev.glossarytutor.config.ConfigException;
import dev.glossarytutor.config.Env;
import dev.glossarytutor.config.GlossaryLimitsConfig;
import dev.glossarytutor.config.LlmConfig;
import dev.glossarytutor.discord.DiscordLoginException;
import dev.glossarytutor.glossary.GlossaryException;
import dev.glossarytutor.explain.PromptTemplateException;
import dev.glossarytutor.glossaryadmin.ImportException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The command line. With no subcommand it runs the Discord bot when a token is configured and
 * the console REPL otherwise. Secrets are never options: they come from the environment only.
 */
@Command(name = "glossary-tutor", mixinStandardHelpOptions = true, version = "glossary-tutor 0.1",
        description = "Answers course vocabulary questions by quoting the glossary word for word.",
        subcommands = {AskCommand.class, LintCommand.class, BenchCommand.class, ExplainCommand.class,
                TotdCommand.class, ImportCommand.class, TuneCommand.class, MigrateStoreCommand.class,
                ReportCommand.class})
public final class Main implements Callable<Integer> {
    @Mixin
    ConsoleCourseOption course = new ConsoleCourseOption();

    public static void main(String[] args) {
        prepareNatives(Env.system());
        System.exit(commandLine().execute(args));
    }

    /** Native libraries and temporary files under TUTOR_DATA_DIR, before anything loads one: see {@link NativeLibraries}. */
    static void prepareNatives(Env env) {
        NativeLibraries.prepare(Path.of(env.get("TUTOR_DATA_DIR", "data")));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        // definitions are quoted exactly, typographic quotes included, whatever the platform charset
        cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof GlossaryException g) {
                err.println("The glossary has problems:");
                g.problems().forEach(p -> err.println("  " + p));
            } else if (e instanceof ConfigException) {
                err.println("Configuration error: " + e.getMessage());
            } else if (e instanceof PromptTemplateException p) {
                err.println("The prompt templates (TUTOR_PROMPTS) have problems:");
                p.problems().forEach(problem -> err.println("  " + problem));
            } else if (e instanceof ImportException i) {
                if (i.problems().isEmpty()) {
                    err.println("Error: " + e.getMessage());
                } else {
                    i.problems().forEach(err::println);
                }
                err.println("Nothing was written.");
            } else if (e instanceof DiscordLoginException) {
                err.println(e.getMessage());
            } else {
                err.println("Error: " + e.getMessage());
            }
            return 2;
        });
        return cli;
    }

    static Config config() {
        return Config.from(Env.system());
    }

    /**
     * Starts the application on the system's clock and ticker. This is the only place that reads
     * them; everything else is handed these two, so tests can run on clocks of their own.
     */
    static Wiring start(Config config) throws GlossaryException {
        return Wiring.start(config, LlmConfig.from(Env.system()), Clock.systemDefaultZone(), Ticker.systemTicker(),
                GlossaryLimitsConfig.from(Env.system()));
    }

    @Override
    public Integer call() throws Exception {
        Config config = config();
        try (Wiring app = start(config)) {
            if (config.discordToken().isPresent()) {
                return runBot(app, config);
            }
            course.applyTo(app);
            app.startTotdScheduler();
            boolean interactive = System.console() != null;
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            app.repl().run(in, out, interactive);
            return 0;
        }
    }

    /** Runs the bot until the JVM is told to stop (SIGTERM, Ctrl-C); the hook disconnects cleanly. */
    private static Integer runBot(Wiring app, Config config) throws InterruptedException {
        app.discord(Env.system(), config.discordToken().orElseThrow());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "glossary-tutor-shutdown"));
        System.err.println("Glossary Tutor is running on Discord. Stop it with Ctrl-C or SIGTERM.");
        stopped.await();
        return 0;
    }
}
