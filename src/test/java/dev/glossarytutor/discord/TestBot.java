package dev.glossarytutor.discord;

import dev.glossarytutor.store.SqlGapRepository;
import dev.glossarytutor.store.SqlOpenQuizRepository;
import dev.glossarytutor.store.SqlScheduleRepository;
import dev.glossarytutor.store.sqlite.TestStores;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.config.DiscordConfig;
import dev.glossarytutor.config.Env;
import dev.glossarytutor.config.Secret;
import dev.glossarytutor.discord.fake.FakeDiscord;
import dev.glossarytutor.discord.fake.Payloads;
import dev.glossarytutor.discord.fake.RecordedRequest;
import dev.glossarytutor.discord.fake.TestCertificate;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.coverage.ClassReports;
import dev.glossarytutor.coverage.CoverageGaps;
import dev.glossarytutor.store.sqlite.SqliteAskedTermRepository;
import dev.glossarytutor.store.sqlite.SqliteScoreRepository;
import dev.glossarytutor.glossaryadmin.GlossaryReloader;
import dev.glossarytutor.explain.Explainer;
import dev.glossarytutor.quiz.AnswerJudge;
import dev.glossarytutor.quiz.ManualScheduler;
import dev.glossarytutor.testing.FakeTicker;
import dev.glossarytutor.testing.MutableClock;
import dev.glossarytutor.quiz.QuestionFactory;
import dev.glossarytutor.quiz.QuizEngine;
import dev.glossarytutor.quiz.QuizProgress;
import dev.glossarytutor.quiz.QuizQuickChecks;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import dev.glossarytutor.quiz.OpenQuizRepository;
import dev.glossarytutor.store.sqlite.SqliteRotationRepository;
import dev.glossarytutor.totd.TermOfTheDayService;
import dev.glossarytutor.totd.TotdAdmin;
import dev.glossarytutor.totd.TotdPoster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One bot for all end-to-end test classes of this JVM, wired like {@code app.Wiring} but with a
 * manual quiz scheduler and clock, against one {@link FakeDiscord}. One, because the JVM's TLS
 * trust store is read once. Before it connects, a question message is left "open" in the store,
 * as a process killed mid-quiz would leave it.
 */
final class TestBot implements AutoCloseable {
    /**
     * The longest a test waits for a request it expects; a passing run never waits that long. On a two-core machine
     * busy with another JVM, "totd now" (which embeds its quick check) took over 20 s even after deferring.
     */
    static final Duration WAIT = Duration.ofSeconds(60);
    /** Discord's EPHEMERAL message flag. */
    private static final int EPHEMERAL = 64;
    private static TestBot instance;

    final FakeDiscord discord;
    final Tutor tutor;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    final FakeTicker ticker = new FakeTicker();
    final ManualScheduler timers = new ManualScheduler(clock);
    final QuizEngine quiz;
    final TermOfTheDayService totd;
    final SqliteDatabase database;
    final String interruptedMessageId;
    final DiscordBot bot;
    private volatile TotdPoster totdOutput = (s, p) -> {
        throw new IllegalStateException("the bot is not connected yet");
    };

    static synchronized TestBot get() throws Exception {
        if (instance == null) {
            instance = new TestBot();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance;
    }

    /**
     * A second bot with other settings ({@code env} over the shared bot's), against its own fake
     * Discord, which {@code beforeLogin} may set up (refuse an intent...). The caller closes it.
     */
    static TestBot variant(Map<String, String> env, java.util.function.Consumer<FakeDiscord> beforeLogin) throws Exception {
        return variant(env, beforeLogin, Path.of("glossary", "deep-learning"));
    }

    /** Like {@link #variant(Map, java.util.function.Consumer)}, reading the glossary from {@code glossaryDir}. */
    static TestBot variant(Map<String, String> env, java.util.function.Consumer<FakeDiscord> beforeLogin,
                           Path glossaryDir) throws Exception {
        return variant(env, beforeLogin, glossaryDir, t -> Explainer.create(t, Optional.empty(), new FakeTicker()));
    }

    /** Like the others, with the explainer {@code explainer} builds for the bot's tutor. */
    static TestBot variant(Map<String, String> env, java.util.function.Consumer<FakeDiscord> beforeLogin,
                           Path glossaryDir, java.util.function.Function<Tutor, Explainer> explainer) throws Exception {
        get(); // the trust store is the shared bot's; every fake presents the same certificate
        return new TestBot(env, beforeLogin, glossaryDir, explainer);
    }

    private TestBot() throws Exception {
        this(Map.of(), d -> { }, Path.of("glossary", "deep-learning"), null);
    }

    private TestBot(Map<String, String> env, java.util.function.Consumer<FakeDiscord> beforeLogin, Path glossaryDir,
                    java.util.function.Function<Tutor, Explainer> explainer) throws Exception {
        discord = new FakeDiscord();
        beforeLogin.accept(discord);
        Path dir = Files.createTempDirectory("discord-e2e");
        if (System.getProperty("javax.net.ssl.trustStore") == null) {
            Path trust = discord.writeTrustStore(dir.resolve("trust.p12"));
            System.setProperty("javax.net.ssl.trustStore", trust.toString());
            System.setProperty("javax.net.ssl.trustStorePassword", TestCertificate.PASSWORD);
            System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        }
        tutor = new Tutor(GlossaryLoader.load(glossaryDir));
        database = SqliteDatabase.open(dir.resolve("tutor.db"));
        QuestionFactory questions = new QuestionFactory(tutor);
        quiz = new QuizEngine(questions, new AnswerJudge(tutor), TestStores.quizProgress(database, clock), timers, clock, () -> 42L);
        QuizQuickChecks quickChecks = new QuizQuickChecks(questions);
        totd = new TermOfTheDayService(new SqlScheduleRepository(database), new SqliteRotationRepository(database), tutor::glossary,
                quickChecks, (s, p) -> totdOutput.post(s, p), clock, () -> 7L);

        // a question message a previous process left open
        JsonNode buttons = Payloads.buttonRow("quiz:old:2:0", "quiz:old:2:1", "quiz:old:2:2", "quiz:old:2:3");
        interruptedMessageId = discord.seedMessage(Payloads.HELP, "**Question 2/5** \u00b7 Which term is defined here?",
                buttons).get("id").asText();
        new SqlOpenQuizRepository(database).open(new OpenQuizRepository.OpenMessage(interruptedMessageId,
                Payloads.HELP, Payloads.GUILD, clock.instant()));

        Map<String, String> settings = new java.util.HashMap<>(Map.of("DISCORD_HELP_CHANNELS", Payloads.HELP,
                "DISCORD_RATE_USER_PER_MINUTE", "1000", "DISCORD_RATE_CHANNEL_PER_MINUTE", "1000"));
        settings.putAll(env);
        DiscordConfig config = DiscordConfig.from(new Env(settings));
        bot = DiscordBot.start(config, new Secret("fake-token"), new DiscordServices(dev.glossarytutor.answer.Courses.of("deep-learning", tutor),
                        new InstructorGlossaryAdmin(new GlossaryReloader(glossaryDir, tutor),
                                new CoverageGaps(new SqlGapRepository(database), clock),
                                new ClassReports(new SqliteScoreRepository(database), new SqliteAskedTermRepository(database),
                                        new SqlGapRepository(database), tutor::glossary, clock)),
                        quiz, new TotdAdmin(totd), totd, quickChecks,
                        explainer == null ? Explainer.create(tutor, Optional.empty(), ticker) : explainer.apply(tutor),
                        new SqlOpenQuizRepository(database), clock, ticker),
                DiscordFeatures.standard(),
                discord.proxySelector());
        totdOutput = bot.totdPoster();
        discord.awaitReady(WAIT);
    }

    /** The interaction callback (the immediate or deferred response) of {@code interaction}. */
    RecordedRequest callbackFor(JsonNode interaction) {
        String path = "/api/v10/interactions/" + interaction.get("id").asText() + "/"
                + interaction.get("token").asText() + "/callback";
        return discord.awaitRequest(r -> r.is("POST", Pattern.quote(path)), WAIT);
    }

    /**
     * The reply to a deferred {@code interaction}: the edit of its original response or its first follow-up,
     * whichever the bot sent (a slow answer is deferred, then sent through the token).
     */
    RecordedRequest deferredReply(JsonNode interaction) {
        String path = webhookPath(interaction) + "(/messages/@original)?";
        return discord.awaitRequest(r -> r.is("POST", path) || r.is("PATCH", path), WAIT);
    }

    /**
     * The message {@code interaction} was answered with, whether the bot replied at once or deferred:
     * the immediate response's {@code data} (callback type 4), or, after a deferral (type 5), the
     * {@link #deferredReply} that replaced the "thinking..." message (its payload JSON when it carries
     * files). A message is private or public as Discord shows it: an edit of the original response
     * cannot change whether it is ephemeral (the deferral decided), so the edit's {@code flags} get
     * the deferral's ephemeral bit (64), whatever the edit says; a follow-up keeps its own flags.
     * Any other callback (autocomplete choices, a modal; the bot sends no message updates, types 6
     * and 7) is not a reply and fails the test.
     */
    JsonNode reply(JsonNode interaction) {
        JsonNode callback = callbackFor(interaction).json();
        int type = callback.path("type").asInt();
        if (type == 4) {
            return callback.get("data");
        }
        if (type != 5) {
            throw new AssertionError("expected a message (callback type 4) or a deferral (type 5), got " + callback);
        }
        RecordedRequest sent = deferredReply(interaction);
        JsonNode message = sent.payloadJson();
        if (!sent.method().equals("PATCH") || !(message instanceof ObjectNode edit)) {
            return message;
        }
        ObjectNode shown = edit.deepCopy();
        int flags = (edit.path("flags").asInt() & ~EPHEMERAL) | (callback.at("/data/flags").asInt() & EPHEMERAL);
        if (flags != 0 || shown.has("flags")) {
            shown.put("flags", flags);
        }
        return shown;
    }

    /** The first {@code n} follow-ups sent through {@code interaction}'s token, in order. */
    List<RecordedRequest> followups(JsonNode interaction, int n) {
        String path = webhookPath(interaction);
        return discord.awaitRequests(r -> r.is("POST", path), n, WAIT);
    }

    /** The pattern of the webhook path that follow-ups and edits of {@code interaction}'s replies go to. */
    private static String webhookPath(JsonNode interaction) {
        return "/api/v10/webhooks/\\d+/" + Pattern.quote(interaction.get("token").asText());
    }

    @Override
    public void close() {
        try {
            bot.close();
            discord.close();
        } catch (Exception e) {
            // shutting down
        }
    }
}
