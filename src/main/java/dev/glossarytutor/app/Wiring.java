package dev.glossarytutor.app;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.config.Config;
import dev.glossarytutor.config.DiscordConfig;
import dev.glossarytutor.config.Env;
import dev.glossarytutor.config.LlmConfig;
import dev.glossarytutor.config.Secret;
import dev.glossarytutor.console.ConsoleCommand;
import dev.glossarytutor.console.ExplainCommand;
import dev.glossarytutor.console.ConsoleTotdPoster;
import dev.glossarytutor.console.GapsConsoleCommand;
import dev.glossarytutor.console.ReloadConsoleCommand;
import dev.glossarytutor.console.Repl;
import dev.glossarytutor.console.TotdConsoleCommand;
import dev.glossarytutor.discord.DiscordBot;
import dev.glossarytutor.discord.InstructorGlossaryAdmin;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryException;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.llm.Explainer;
import dev.glossarytutor.llm.ExplanationText;
import dev.glossarytutor.instructor.CoverageGaps;
import dev.glossarytutor.instructor.GlossaryReloader;
import dev.glossarytutor.render.TextRenderer;
import dev.glossarytutor.store.Database;
import dev.glossarytutor.store.GapStore;
import dev.glossarytutor.store.Migration;
import dev.glossarytutor.store.RotationStore;
import dev.glossarytutor.store.ScheduleStore;
import dev.glossarytutor.totd.GlossaryQuickCheckSource;
import dev.glossarytutor.totd.TermOfTheDayService;
import dev.glossarytutor.totd.TotdAdmin;
import dev.glossarytutor.totd.TotdScheduler;
import dev.glossarytutor.totd.TotdTextRenderer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds the object graph by hand, once, in dependency order. Nothing else constructs services,
 * so this file is the map of the application.
 */
final class Wiring implements AutoCloseable {
    private final Config config;
    private final Glossary glossary;
    private final Tutor tutor;
    private final TextRenderer renderer = new TextRenderer();
    private final Explainer explainer;
    private final ExplanationText explanationText = new ExplanationText(renderer);
    private final Clock clock = Clock.systemDefaultZone();
    private final Database database;
    // term of the day and instructor tools
    private final TotdTextRenderer totdRenderer = new TotdTextRenderer(renderer);
    private final CoverageGaps gaps;
    private final GlossaryReloader reloader;
    private final TermOfTheDayService totd;
    private final TotdAdmin totdAdmin;
    private TotdScheduler totdScheduler;
    private DiscordBot discord;
    private boolean closed;

    private Wiring(Config config, Glossary glossary, Optional<LlmConfig> llm) {
        this.config = config;
        this.glossary = glossary;
        this.tutor = new Tutor(glossary);
        this.explainer = Explainer.create(tutor, llm);
        this.database = Database.open(config.databaseFile(), migrations());
        this.gaps = new CoverageGaps(new GapStore(database), clock);
        tutor.addListener(gaps);
        this.reloader = new GlossaryReloader(config.glossaryPath(), tutor, explainer::reload);
        this.totd = new TermOfTheDayService(new ScheduleStore(database), new RotationStore(database), tutor::glossary,
                new GlossaryQuickCheckSource(tutor::glossary),
                new ConsoleTotdPoster(new PrintWriter(System.out, true, StandardCharsets.UTF_8), totdRenderer),
                clock, new SecureRandom()::nextLong);
        this.totdAdmin = new TotdAdmin(totd);
    }

    /** Every feature's named migrations; each runs once per database file. */
    private static List<Migration> migrations() {
        return Stream.of(ScheduleStore.MIGRATIONS, RotationStore.MIGRATIONS, GapStore.MIGRATIONS)
                .flatMap(List::stream).toList();
    }

    /** Loads the glossary and builds the answer engine; the optional LLM is read from the environment. */
    static Wiring start(Config config) throws GlossaryException {
        return start(config, LlmConfig.from(Env.system()));
    }

    /** Like {@link #start(Config)} with the LLM settings given (empty: no LLM). */
    static Wiring start(Config config, Optional<LlmConfig> llm) throws GlossaryException {
        return new Wiring(config, GlossaryLoader.load(config.glossaryPath()), llm);
    }

    Config config() {
        return config;
    }

    Tutor tutor() {
        return tutor;
    }

    TextRenderer renderer() {
        return renderer;
    }

    /** Explain-differently; Discord registers /explain and its button only when {@code isConfigured()}. */
    Explainer explainer() {
        return explainer;
    }

    ExplanationText explanationText() {
        return explanationText;
    }

    /** Reloads the glossary and the prompt templates together; nothing changes unless both load. */
    GlossaryReloader reloader() {
        return reloader;
    }

    TotdAdmin totdAdmin() {
        return totdAdmin;
    }

    TermOfTheDayService totd() {
        return totd;
    }

    TotdTextRenderer totdRenderer() {
        return totdRenderer;
    }

    /** Starts posting terms of the day; only long-running modes (REPL, bot) call this, never ask or lint. */
    void startTotdScheduler() {
        if (totdScheduler == null) {
            totdScheduler = TotdScheduler.onOwnThread(totd, TotdScheduler.DEFAULT_INTERVAL);
            totdScheduler.start();
        }
    }

    Repl repl() {
        List<ConsoleCommand> commands = new ArrayList<>();
        // always offered: without an LLM it quotes and says that rephrasing is not configured
        commands.add(new ExplainCommand(explainer, explanationText));
        commands.add(new TotdConsoleCommand(totd, totdAdmin, totdRenderer));
        commands.add(new GapsConsoleCommand(gaps));
        commands.add(new ReloadConsoleCommand(reloader));
        return new Repl(tutor, renderer, commands);
    }

    /** Connects the Discord transport; /glossary reload and gaps use the same services as the console. */
    synchronized DiscordBot discord(Env env, Secret token) {
        if (discord == null) {
            discord = DiscordBot.start(DiscordConfig.from(env), token, tutor, new InstructorGlossaryAdmin(reloader, gaps));
        }
        return discord;
    }

    @Override
    public synchronized void close() {
        // services with resources (store, schedulers, Discord) close here in reverse order of creation
        if (closed) {
            return;
        }
        closed = true;
        if (discord != null) {
            discord.close();
        }
        explainer.close();
        if (totdScheduler != null) {
            totdScheduler.close();
        }
        database.close();
    }
}
