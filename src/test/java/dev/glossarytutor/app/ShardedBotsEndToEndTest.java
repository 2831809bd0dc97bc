package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glossarytutor.config.Config;
import dev.glossarytutor.config.DatabaseConfig;
import dev.glossarytutor.config.Env;
import dev.glossarytutor.config.Secret;
import dev.glossarytutor.discord.fake.FakeDiscord;
import dev.glossarytutor.discord.fake.Payloads;
import dev.glossarytutor.discord.fake.RecordedRequest;
import dev.glossarytutor.discord.fake.TestCertificate;
import dev.glossarytutor.discord.layout.DiscordShows;
import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.match.EmbeddingChoice;
import dev.glossarytutor.quiz.AnswerResult;
import dev.glossarytutor.quiz.QuestionKind;
import dev.glossarytutor.quiz.QuizEvent;
import dev.glossarytutor.quiz.QuizListener;
import dev.glossarytutor.quiz.QuizMode;
import dev.glossarytutor.quiz.QuizSettings;
import dev.glossarytutor.store.postgres.TestPostgres;
import dev.glossarytutor.testing.FakeTicker;
import dev.glossarytutor.testing.MutableClock;
import java.net.ProxySelector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bot processes, shards 0 and 1 of 2, wired as {@code main} wires them, on one PostgreSQL database
 * and one (fake) Discord with a server on each shard. Each process logs in as its shard only.
 */
class ShardedBotsEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The shard each server is on: (id >> 22) % 2. */
    private static final String ON_SHARD_1 = Payloads.GUILD;
    private static final String ON_SHARD_0 = Payloads.GUILD_B;
    /** A small course of our own: its Epoch is not the deep-learning one. */
    private static final String GEOLOGY_EPOCH = "A division of geologic time shorter than a period and longer than an age.";

    @TempDir
    static Path dir;
    private static String schema;
    private static FakeDiscord discord;
    private static ProxySelector previousProxy;
    private static final MutableClock clock = MutableClock.at(ZonedDateTime.parse("2026-12-01T09:30:00Z[UTC]"));
    private static Wiring shard0;
    private static Wiring shard1;

    @BeforeAll
    static void startTwoProcesses() throws Exception {
        TestPostgres.assumeServer();
        schema = TestPostgres.createSchema();
        discord = new FakeDiscord();
        discord.addGuild(Payloads.inGuildB(Payloads.guild()));
        if (System.getProperty("javax.net.ssl.trustStore") == null) { // read once per JVM; every fake shares the certificate
            Path trust = discord.writeTrustStore(dir.resolve("trust.p12"));
            System.setProperty("javax.net.ssl.trustStore", trust.toString());
            System.setProperty("javax.net.ssl.trustStorePassword", TestCertificate.PASSWORD);
            System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        }
        previousProxy = ProxySelector.getDefault();
        ProxySelector.setDefault(discord.proxySelector()); // Javacord's REST base URL is fixed; its OkHttp honours this

        // two courses installed: the seed, and a small one of our own
        Path courses = Files.createDirectories(dir.resolve("courses"));
        Files.createDirectories(courses.resolve("deep-learning"));
        Files.copy(Path.of("glossary", "deep-learning", "deep-learning.md"), courses.resolve("deep-learning/deep-learning.md"));
        Files.createDirectories(courses.resolve("geology"));
        Files.writeString(courses.resolve("geology/geology.md"), "# Geology\n\n## Epoch\n\n" + GEOLOGY_EPOCH
                + "\n\n## Stratum\n\nA layer of sedimentary rock.\n");

        shard0 = process(courses, "0");
        shard1 = process(courses, "1");
    }

    private static Wiring process(Path courses, String shard) throws Exception {
        Config config = new Config(dir.resolve("data-" + shard), courses, Optional.empty(), EmbeddingChoice.DEFAULT,
                Optional.of(new DatabaseConfig(TestPostgres.urlOf(schema), Optional.of(TestPostgres.USER), Optional.empty(), 2)),
                Optional.of("deep-learning"));
        Wiring app = Wiring.start(config, Optional.empty(), clock, new FakeTicker());
        app.discord(new Env(Map.of("DISCORD_SHARDS", "2", "DISCORD_SHARD_IDS", shard,
                "DISCORD_RATE_USER_PER_MINUTE", "1000", "DISCORD_RATE_CHANNEL_PER_MINUTE", "1000")), new Secret("fake-token"));
        return app;
    }

    @AfterAll
    static void stop() throws Exception {
        for (Wiring app : new Wiring[] {shard0, shard1}) {
            if (app != null) {
                app.close();
            }
        }
        if (previousProxy != null) {
            ProxySelector.setDefault(previousProxy);
        }
        if (discord != null) {
            discord.close();
        }
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }

    @Test
    void should_logInAsItsOwnShardOnly_when_twoProcessesShareTheBot() {
        // GIVEN the two processes started WHEN Discord saw their IDENTIFYs THEN one is shard 0 of 2, the other 1 of 2
        assertThat(discord.identifies()).extracting(i -> i.path("shard").toString())
                .contains("[0,2]", "[1,2]");
    }

    @Test
    void should_postExactlyOneTermOfTheDayPerServer_when_bothProcessesRunTheirSchedulers() {
        // GIVEN both servers set, early in the morning, to post to their announcements channel at 09:00
        String channel1 = Payloads.ANNOUNCEMENTS;
        String channel0 = Payloads.guildB(Payloads.ANNOUNCEMENTS);
        clock.set(Instant.parse("2026-12-02T07:00:00Z"));
        shard1.totdAdmin().setChannel(Actor.instructor(Payloads.INSTRUCTOR), ON_SHARD_1, channel1);
        shard1.totdAdmin().setChannel(Actor.instructor(Payloads.INSTRUCTOR), ON_SHARD_0, channel0);
        // AND it is now 09:30
        clock.set(Instant.parse("2026-12-02T09:30:00Z"));

        // WHEN each process runs its due posts, twice over, as its scheduler would
        for (int round = 0; round < 2; round++) {
            shard0.totd().postDue(shard0.totdServed());
            shard1.totd().postDue(shard1.totdServed());
        }

        // THEN each server got exactly one post, from the process of its shard
        assertThat(postsTo(channel1)).hasSize(1);
        assertThat(postsTo(channel0)).hasSize(1);
    }

    @Test
    void should_showScoresFromBothProcessesInOneLeaderboard_when_eitherRecordedThem() {
        // GIVEN a student who wins a one-question quiz run by the process of the server's shard
        List<QuizEvent.QuestionAsked> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        QuizListener questions = event -> {
            if (event instanceof QuizEvent.QuestionAsked q && q.key().server().equals(ON_SHARD_1)) {
                asked.add(q);
            }
        };
        shard1.quiz().addListener(questions);
        shard1.quiz().start(ON_SHARD_1, Payloads.HELP, Payloads.STUDENT,
                QuizSettings.builder().mode(QuizMode.PERSONAL).untimed().questions(1)
                        .kinds(java.util.EnumSet.of(QuestionKind.TYPE_THE_TERM)).build());
        AnswerResult answered = shard1.quiz().answer(ON_SHARD_1, Payloads.HELP, Payloads.STUDENT,
                asked.get(0).question().entry().term());
        assertThat(answered.status()).isEqualTo(AnswerResult.Status.CORRECT);
        shard1.quiz().removeListener(questions);
        // AND a classmate's answer the other process recorded for the same server (before a reshard moved it)
        shard0.quiz().progress().recordAnswer(ON_SHARD_1, Payloads.STUDENT2, "Epoch", true);
        shard0.quiz().progress().recordAnswer(ON_SHARD_1, Payloads.STUDENT2, "Epoch", true);

        // WHEN the leaderboard is asked for in that server
        ObjectNode board = Payloads.typedSubcommand(Payloads.STUDENT, "quiz", "leaderboard");
        discord.dispatch("INTERACTION_CREATE", board);

        // THEN it ranks both, the classmate with two right answers first
        String table = reply(board).path("content").asText();
        assertThat(table).contains("<@" + Payloads.STUDENT + ">").contains("<@" + Payloads.STUDENT2 + ">");
        assertThat(table.indexOf("<@" + Payloads.STUDENT2 + ">")).isLessThan(table.indexOf("<@" + Payloads.STUDENT + ">"));
    }

    @Test
    void should_quoteEachServersOwnGlossary_when_oneServerChoseAnother() {
        // GIVEN the instructor of the server on shard 0 chooses the geology glossary
        ObjectNode use = Payloads.inGuildB(Payloads.subcommand(Payloads.INSTRUCTOR, "glossary", "use", "name", "geology"));
        discord.dispatch("INTERACTION_CREATE", use);
        assertThat(reply(use).path("content").asText()).contains("now uses the geology glossary");

        // WHEN a student of each server asks /define Epoch
        ObjectNode inDeepLearning = Payloads.slashCommand(Payloads.STUDENT, "define", "term", "Epoch");
        ObjectNode inGeology = Payloads.inGuildB(Payloads.slashCommand(Payloads.STUDENT, "define", "term", "Epoch"));
        discord.dispatch("INTERACTION_CREATE", inDeepLearning);
        discord.dispatch("INTERACTION_CREATE", inGeology);

        // THEN each quotes its own server's glossary, word for word
        String deepLearning = DiscordShows.text(reply(inDeepLearning).at("/embeds/0/description").asText());
        String geology = DiscordShows.text(reply(inGeology).at("/embeds/0/description").asText());
        assertThat(deepLearning).startsWith("A full training pass");
        assertThat(geology).isEqualTo(GEOLOGY_EPOCH);
        // AND the choice is in the shared database, so the other process would answer the same
        assertThat(shard1.courses().nameFor(ON_SHARD_0)).isEqualTo("geology");
        assertThat(shard1.courses().nameFor(ON_SHARD_1)).isEqualTo("deep-learning");
    }

    /** Term-of-the-day posts to the channel (each is followed by its quick check, a message of its own). */
    private static List<RecordedRequest> postsTo(String channelId) {
        return discord.requests().stream()
                .filter(r -> r.is("POST", "/api/v10/channels/" + channelId + "/messages"))
                .filter(r -> r.json().path("content").asText().startsWith("**Term of the day**")).toList();
    }

    /** The reply's data: the callback's own, or, when the bot deferred, the edit that carries the answer. */
    private static JsonNode reply(JsonNode interaction) {
        String path = "/api/v10/interactions/" + interaction.get("id").asText() + "/" + interaction.get("token").asText()
                + "/callback";
        JsonNode callback = discord.awaitRequest(r -> r.is("POST", Pattern.quote(path)), WAIT).json();
        if (callback.get("type").asInt() != 5) {
            return callback.get("data");
        }
        String webhook = "/api/v10/webhooks/\\d+/" + Pattern.quote(interaction.get("token").asText());
        return discord.awaitRequest(r -> r.is("PATCH", webhook + "/messages/@original") || r.is("POST", webhook), WAIT).json();
    }
}
