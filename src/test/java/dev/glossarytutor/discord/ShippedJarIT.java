package dev.glossarytutor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glossarytutor.discord.fake.FakeDiscord;
import dev.glossarytutor.discord.fake.Payloads;
import dev.glossarytutor.discord.fake.RecordedRequest;
import dev.glossarytutor.discord.fake.TestCertificate;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.discord.layout.DiscordShows;
import java.util.ArrayList;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped jar, unmodified, against the fake Discord: only the standard JVM flags point it
 * at the proxy and the trust store, and the token comes from the environment.
 */
class ShippedJarIT {
    private static final String TOKEN = "fake-token-must-never-be-printed";
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** The unmodified jar, pointed at {@code discord} only by the standard JVM flags; output goes to {@code out}. */
    private static Process startJar(FakeDiscord discord, Path dir, Path out) throws Exception {
        Path jar = Path.of("target", "glossary-tutor.jar");
        assertThat(jar).exists();
        Path trust = discord.writeTrustStore(dir.resolve("trust.p12"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=" + discord.proxyPort(),
                "-Djavax.net.ssl.trustStore=" + trust, "-Djavax.net.ssl.trustStorePassword=" + TestCertificate.PASSWORD,
                "-jar", jar.toString());
        pb.environment().put("DISCORD_TOKEN", TOKEN);
        pb.environment().put("TUTOR_GLOSSARY", "glossary");
        pb.environment().put("TUTOR_DATA_DIR", dir.resolve("data").toString());
        pb.environment().put("TUTOR_CONSOLE_LOG_LEVEL", "INFO");
        pb.environment().remove("LLM_BASE_URL");
        pb.environment().remove("LLM_API_KEY");
        pb.redirectErrorStream(true).redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return pb.start();
    }

    @Test
    void should_runAChannelQuizWithButtonsToTheReveal_when_theShippedJarIsUsed(@TempDir Path dir) throws Exception {
        Glossary glossary = GlossaryLoader.load(Path.of("glossary", "deep-learning"));
        try (FakeDiscord discord = new FakeDiscord()) {
            Process bot = startJar(discord, dir, dir.resolve("out.txt"));
            try {
                discord.awaitReady(WAIT);

                // WHEN a student starts a one-question quiz of six seconds
                ObjectNode start = Payloads.typedSubcommand(Payloads.STUDENT, "quiz", "start",
                        Payloads.option(4, "questions", "1"), Payloads.option(4, "seconds", "6"));
                discord.dispatch("INTERACTION_CREATE", start);

                // THEN a question with at least two buttons is posted in the channel
                RecordedRequest question = discord.awaitRequest(r -> r.is("POST", "/api/v10/channels/" + Payloads.GENERAL
                        + "/messages") && r.json().path("content").asText().startsWith("**Question 1/1**"), WAIT);
                List<String> ids = new ArrayList<>();
                question.json().path("components").forEach(row -> row.path("components")
                        .forEach(b -> ids.add(b.get("custom_id").asText())));
                assertThat(ids).hasSizeGreaterThanOrEqualTo(2);

                // WHEN two students click different options
                ObjectNode first = Payloads.buttonClick(Payloads.STUDENT, ids.get(0));
                ObjectNode second = Payloads.buttonClick(Payloads.STUDENT2, ids.get(1));
                discord.dispatch("INTERACTION_CREATE", first);
                discord.dispatch("INTERACTION_CREATE", second);

                // THEN each click is acknowledged privately
                for (ObjectNode click : List.of(first, second)) {
                    String path = "/api/v10/interactions/" + click.get("id").asText() + "/" + click.get("token").asText()
                            + "/callback";
                    JsonNode ack = discord.awaitRequest(r -> r.is("POST", Pattern.quote(path)), WAIT).json();
                    assertThat(ack.at("/data/flags").asInt() & 64).isEqualTo(64);
                }
                // ... the question message is edited with its buttons disabled
                RecordedRequest edit = discord.awaitRequest(r -> r.is("PATCH", "/api/v10/channels/" + Payloads.GENERAL
                        + "/messages/\\d+") && r.json().has("components"), WAIT);
                List<Boolean> disabled = new ArrayList<>();
                edit.json().path("components").forEach(row -> row.path("components")
                        .forEach(b -> disabled.add(b.path("disabled").asBoolean(false))));
                assertThat(disabled).hasSize(ids.size()).containsOnly(true);
                // ... and the reveal quotes the answer's definition verbatim
                RecordedRequest reveal = discord.awaitRequest(r -> r.is("POST", "/api/v10/channels/" + Payloads.GENERAL
                        + "/messages") && r.json().path("content").asText().contains("The answer is"), WAIT);
                String term = reveal.json().at("/embeds/0/title").asText();
                assertThat(DiscordShows.text(reveal.json().at("/embeds/0/description").asText())).isEqualTo(glossary.get(term).definition());
                assertThat(reveal.json().at("/allowed_mentions/parse")).isEmpty();
            } finally {
                bot.destroy();
                assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("bot stops on SIGTERM").isTrue();
            }
        }
    }

    @Test
    void should_answerASlashCommandAndStopCleanly_when_startedWithStandardProxyFlags(@TempDir Path dir) throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            Path out = dir.resolve("out.txt");
            Process bot = startJar(discord, dir, out);
            try {
                // GIVEN the bot connected and registered its commands
                discord.awaitReady(WAIT);
                assertThat(discord.identifies().get(0).get("token").asText()).isEqualTo("Bot " + TOKEN);

                // WHEN a student runs /define
                ObjectNode define = Payloads.slashCommand(Payloads.STUDENT, "define", "term", "Epoch");
                discord.dispatch("INTERACTION_CREATE", define);

                // THEN the callback quotes the term
                String path = "/api/v10/interactions/" + define.get("id").asText() + "/" + define.get("token").asText() + "/callback";
                JsonNode reply = discord.awaitRequest(r -> r.is("POST", Pattern.quote(path)), WAIT).json();
                assertThat(reply.at("/data/embeds/0/title").asText()).isEqualTo("Epoch");
            } finally {
                // WHEN stopped with SIGTERM
                bot.destroy();
                assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("bot stops on SIGTERM").isTrue();
            }
            // THEN it disconnected cleanly and never printed the token
            String output = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(output).contains("Disconnected from Discord").doesNotContain(TOKEN);
            List<String> hosts = discord.connectedHosts();
            assertThat(hosts).contains("discord.com", "gateway.discord.gg");
        }
    }
}
