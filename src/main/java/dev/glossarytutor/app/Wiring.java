package dev.glossarytutor.app;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.glossarytutor.answer.Courses;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.config.Config;
import dev.glossarytutor.config.ConfigException;
import dev.glossarytutor.config.DiscordConfig;
import dev.glossarytutor.config.Env;
import dev.glossarytutor.config.LlmConfig;
import dev.glossarytutor.config.Secret;
import dev.glossarytutor.console.ConsoleCommand;
import dev.glossarytutor.console.ConsoleTotdPoster;
import dev.glossarytutor.console.ExplainConsoleCommand;
import dev.glossarytutor.console.GapsConsoleCommand;
import dev.glossarytutor.console.LeaderboardConsoleCommand;
import dev.glossarytutor.console.QuizConsoleCommand;
import dev.glossarytutor.console.ReloadConsoleCommand;
import dev.glossarytutor.console.Repl;
import dev.glossarytutor.console.ReportConsoleCommand;
import dev.glossarytutor.console.StatsConsoleCommand;
import dev.glossarytutor.console.TotdConsoleCommand;
import dev.glossarytutor.discord.DiscordBot;
import dev.glossarytutor.discord.DiscordFeatures;
import dev.glossarytutor.discord.DiscordServices;
import dev.glossarytutor.discord.InstructorGlossaryAdmin;
import dev.glossarytutor.glossary.CourseFolder;
import dev.glossarytutor.glossary.GlossaryException;
import dev.glossarytutor.glossary.GlossaryLimits;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.coverage.AskedLog;
import dev.glossarytutor.coverage.ClassReports;
import dev.glossarytutor.coverage.CoverageGaps;
import dev.glossarytutor.glossaryadmin.GlossaryReloader;
import dev.glossarytutor.glossaryadmin.StoredCourseChoices;
import dev.glossarytutor.explain.Explainer;
import dev.glossarytutor.explain.ExplanationText;
import dev.glossarytutor.quiz.ExecutorQuizScheduler;
import dev.glossarytutor.quiz.QuizEngine;
import dev.glossarytutor.quiz.QuizProgress;
import dev.glossarytutor.quiz.QuizQuickChecks;
import dev.glossarytutor.quiz.QuizText;
import dev.glossarytutor.define.TextRenderer;
import dev.glossarytutor.store.Store;
import dev.glossarytutor.store.sqlite.SqliteEmbeddingCache;
import dev.glossarytutor.totd.Schedule;
import dev.glossarytutor.totd.ServedServers;
import dev.glossarytutor.totd.TermOfTheDayService;
import dev.glossarytutor.totd.TotdAdmin;
import dev.glossarytutor.totd.TotdPost;
import dev.glossarytutor.totd.TotdPoster;
import dev.glossarytutor.totd.TotdScheduler;
import dev.glossarytutor.totd.TotdTextRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the object graph by hand, once, in dependency order. Nothing else constructs services,
 * so this file is the map of the application.
 */
final class Wiring implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Wiring.class);
    private final Config config;
    /** The one clock: its zone is the server's local zone, which schedules read; stores record instants. */
    private final Clock clock;
    /** The same clock in UTC, for the quiz's Leitner days, which must not move with the server's zone. */
    private final Clock utc;
    private final Ticker ticker;
    private final SecureRandom seeds = new SecureRandom();
    // the answer path: one tutor per installed course, and each server's choice among them
    private final Courses courses;
    private final TextRenderer renderer;
    private final Explainer explainer;
    private final ExplanationText explanationText;
    // state: SQLite under TUTOR_DATA_DIR, or PostgreSQL when TUTOR_DATABASE_URL is set
    private final Store database;
    /** This process's Discord shard, which narrows the scheduler's and start-up's reads across servers. */
    private final ShardScope shardScope = new ShardScope();
    private final SqliteEmbeddingCache embeddings;
    // quizzes
    private final ExecutorQuizScheduler quizScheduler = new ExecutorQuizScheduler();
    private final QuizEngine quiz;
    private final QuizText quizText;
    // term of the day and instructor tools
    private final TotdTextRenderer totdRenderer;
    private final CoverageGaps gaps;
    private final ClassReports classReports;
    /** One per course, by course name: a reload reads one course's folder. */
    private final Map<String, GlossaryReloader> reloaders = new LinkedHashMap<>();
    private final TermOfTheDayService totd;
    private final TotdAdmin totdAdmin;
    private final QuizQuickChecks quickChecks;
    private final TotdPoster consoleTotd;
    /** Posts Discord servers' terms of the day; none until the bot has connected. */
    private volatile TotdPoster discordTotd;
    // started only by the long-running modes
    private TotdScheduler totdScheduler;
    private DiscordBot discord;
    private Heartbeat heartbeat;
    private boolean closed;

    private Wiring(Config config, SqliteEmbeddingCache embeddings, Map<CourseFolder, Tutor> tutors,
                   Optional<LlmConfig> llm, Clock clock, Ticker ticker, GlossaryLimits limits) {
        this.config = config;
        this.embeddings = embeddings;
        this.clock = clock;
        this.utc = clock.withZone(ZoneOffset.UTC);
        this.ticker = ticker;
        this.database = Stores.open(config);
        Courses.Builder builder = Courses.builder().choices(new StoredCourseChoices(database.serverCourses(), ticker));
        tutors.forEach((folder, tutor) -> builder.course(folder.name(), tutor));
        config.defaultCourse().ifPresent(builder::defaultCourse);
        try {
            this.courses = builder.build();
        } catch (IllegalArgumentException e) {
            database.close();
            throw new ConfigException("TUTOR_GLOSSARY_DEFAULT: " + e.getMessage());
        }
        if (courses.several()) {
            log.info("Glossaries installed: {}; servers without a choice use {}", courses.names(), courses.defaultName());
        }
        this.renderer = new TextRenderer(() -> tutor().exampleQuestion());
        this.explanationText = new ExplanationText(renderer);
        this.totdRenderer = new TotdTextRenderer(renderer);
        this.explainer = Explainer.create(courses, llm, ticker);

        this.quiz = new QuizEngine(courses::forServer, new QuizProgress(database.scores(),
                database.leitner(), database.unitOfWork(), utc), quizScheduler,
                utc, seeds::nextLong);
        this.quizText = new QuizText(renderer, user -> user);

        this.gaps = new CoverageGaps(database.gaps(), utc);
        AskedLog asked = new AskedLog(database.askedTerms(), utc);
        for (Tutor tutor : courses.tutors()) {
            tutor.addListener(gaps);
            tutor.addListener(asked);
        }
        this.classReports = new ClassReports(database.termAccuracy(), database.askedTerms(), database.gaps(),
                courses::glossaryOf, utc);
        tutors.forEach((folder, tutor) -> reloaders.put(folder.name(),
                new GlossaryReloader(folder.path(), tutor, explainer::reload, limits)));
        this.quickChecks = new QuizQuickChecks(courses::forServer);
        this.consoleTotd = new ConsoleTotdPoster(new PrintWriter(System.out, true, StandardCharsets.UTF_8), totdRenderer);
        this.totd = new TermOfTheDayService(shardScope.schedules(database.schedules()), database.rotations(),
                database.totdClaims(), processName(), courses::glossaryOf, quickChecks, this::postTermOfTheDay, clock,
                seeds::nextLong);
        this.totdAdmin = new TotdAdmin(totd);
    }

    /**
     * Loads the glossary and builds every service.
     *
     * @param llm    the optional LLM settings (empty: no LLM)
     * @param clock  the one source of dates and instants; its zone is the server's local zone
     * @param ticker the one source of elapsed time for caches and rate limits
     */
    static Wiring start(Config config, Optional<LlmConfig> llm, Clock clock, Ticker ticker) throws GlossaryException {
        return start(config, llm, clock, ticker, GlossaryLimits.DEFAULT);
    }

    /** As above, with the glossary limits ({@code TUTOR_GLOSSARY_MAX_*}); they hold at start-up and on reload. */
    static Wiring start(Config config, Optional<LlmConfig> llm, Clock clock, Ticker ticker, GlossaryLimits limits)
            throws GlossaryException {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ticker, "ticker");
        config.embeddings().requireRunnable(); // before any native code loads: one line on a platform we do not ship
        SqliteEmbeddingCache embeddings = SqliteEmbeddingCache.open(config.embeddingCacheFile());
        try {
            Map<CourseFolder, Tutor> tutors = new LinkedHashMap<>();
            for (CourseFolder course : CourseFolder.discover(config.glossaryPath())) {
                tutors.put(course, tutor(course.path(), config, embeddings, limits));
            }
            StartupGarbage.releaseOnceReady(tutors.values()); // docs/operations.md, "Footprint"
            return new Wiring(config, embeddings, tutors, llm, clock, ticker, limits);
        } catch (RuntimeException | GlossaryException e) {
            embeddings.close();
            throw e;
        }
    }

    /**
     * The answer engine over one course's glossary and the configured model, its definition embeddings
     * kept in {@code stored}. It returns once names are indexed; descriptions wait for the embeddings.
     * Every course's tutor shares the loaded models; each has its own indexes.
     */
    static Tutor tutor(Path glossary, Config config, SqliteEmbeddingCache stored, GlossaryLimits limits)
            throws GlossaryException {
        return Tutor.builder().glossary(GlossaryLoader.load(glossary, limits)).embeddings(config.embeddings())
                .embeddingCache(stored).build();
    }

    /** This process's name in term-of-the-day claims: host, pid and a random part, unique among processes. */
    private String processName() {
        String host = System.getenv().getOrDefault("HOSTNAME", "host");
        return host + "/" + ProcessHandle.current().pid() + "/" + Long.toHexString(seeds.nextLong());
    }

    Config config() {
        return config;
    }

    /** The console's tutor: the course {@link #useConsoleCourse} chose, or the default. */
    Tutor tutor() {
        return courses.forServer(ServedServers.CONSOLE_SERVER);
    }

    /** Every installed course, and each server's choice among them. */
    Courses courses() {
        return courses;
    }

    /**
     * Makes the console (REPL, {@code ask}) use the installed course {@code name}, in this process only.
     *
     * @throws ConfigException when no course of that name is installed
     */
    void useConsoleCourse(String name) {
        try {
            courses.pin(ServedServers.CONSOLE_SERVER, name);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--glossary: " + e.getMessage());
        }
    }

    TextRenderer renderer() {
        return renderer;
    }

    Store database() {
        return database;
    }

    QuizEngine quiz() {
        return quiz;
    }

    /** Explain-differently; Discord registers /explain and its button only when {@code isConfigured()}. */
    Explainer explainer() {
        return explainer;
    }

    ExplanationText explanationText() {
        return explanationText;
    }

    /** Reloads the console's glossary and the prompt templates together; nothing changes unless both load. */
    GlossaryReloader reloader() {
        return reloaderFor(ServedServers.CONSOLE_SERVER);
    }

    /** The reloader of the course {@code serverId} uses. */
    private GlossaryReloader reloaderFor(String serverId) {
        return reloaders.get(courses.nameFor(serverId));
    }

    Clock utcClock() {
        return utc;
    }

    /** The instructors' class report (its days are UTC days, as the asked log records them). */
    ClassReports classReports() {
        return classReports;
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

    /**
     * Routes a term of the day by its server: the console's is printed, a Discord server's goes to
     * Discord. Without a connected bot a Discord server's post fails, so its day stays unposted
     * for the bot instead of being printed here.
     */
    private void postTermOfTheDay(Schedule schedule, TotdPost post) throws Exception {
        if (ServedServers.CONSOLE_SERVER.equals(schedule.serverId())) {
            consoleTotd.post(schedule, post);
            return;
        }
        TotdPoster discordOut = discordTotd;
        if (discordOut == null) {
            throw new IllegalStateException("this process is not connected to Discord; the bot posts there");
        }
        discordOut.post(schedule, post);
    }

    /** Whose terms of the day this process's scheduler posts: the console's, or once the bot runs, Discord's. */
    synchronized ServedServers totdServed() {
        return discord == null ? ServedServers.CONSOLE : ServedServers.DISCORD;
    }

    /**
     * Starts posting terms of the day for {@link #totdServed()}; only long-running modes (REPL, bot)
     * call this, never ask or lint. A scheduler started for the console is replaced once the bot runs.
     */
    synchronized void startTotdScheduler() {
        if (totdScheduler != null && totdScheduler.served() != totdServed()) {
            totdScheduler.close();
            totdScheduler = null;
        }
        if (totdScheduler == null) {
            totdScheduler = TotdScheduler.onOwnThread(totd, totdServed(), TotdScheduler.DEFAULT_INTERVAL);
            totdScheduler.start();
        }
    }

    Repl repl() {
        return new Repl(tutor(), renderer, List.<ConsoleCommand>of(
                new QuizConsoleCommand(quiz, quizText),
                new StatsConsoleCommand(quiz.progress(), () -> tutor().glossary()),
                new LeaderboardConsoleCommand(quiz.progress(), quizText),
                new TotdConsoleCommand(totd, totdAdmin, totdRenderer),
                // always offered: without an LLM it quotes and says that rephrasing is not configured
                new ExplainConsoleCommand(explainer, explanationText),
                new GapsConsoleCommand(gaps),
                new ReportConsoleCommand(classReports, config.dataDir().resolve("reports"), utc),
                new ReloadConsoleCommand(reloader())));
    }

    /**
     * Connects the Discord transport with the same services as the console, then posts terms of the
     * day to Discord instead of the console and starts their scheduler.
     */
    synchronized DiscordBot discord(Env env, Secret token) {
        if (discord == null) {
            DiscordConfig discordConfig = DiscordConfig.from(env);
            shardScope.set(discordConfig.shards());
            discord = DiscordBot.start(discordConfig, token, new DiscordServices(courses,
                    new InstructorGlossaryAdmin(this::reloaderFor,
                            courses.several() ? courses : null, gaps, classReports), quiz, totdAdmin, totd, quickChecks, explainer,
                    shardScope.openQuizzes(database.openQuizzes()), utc, ticker),
                    DiscordFeatures.standard());
            discordTotd = discord.totdPoster();
            startTotdScheduler();
            heartbeat = new Heartbeat(config.dataDir(), discord::connected, utc);
            heartbeat.start();
        }
        return discord;
    }

    /**
     * Releases everything; safe to call twice (shutdown hook and try-with-resources). The term-of-the-day
     * scheduler stops first and lets a running post finish, so nothing is delivered on Discord without
     * being recorded; then Discord, and the database last.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (heartbeat != null) {
            heartbeat.close();
        }
        if (totdScheduler != null) {
            totdScheduler.close();
        }
        if (discord != null) {
            discord.close();
        }
        reloaders.values().forEach(GlossaryReloader::close);
        quiz.close();
        quizScheduler.close();
        explainer.close();
        database.close();
        embeddings.close();
    }
}
