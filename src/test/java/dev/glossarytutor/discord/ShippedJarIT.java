package dev.glossarytutor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glossarytutor.discord.fake.FakeDiscord;
import dev.glossarytutor.discord.fake.Payloads;
import dev.glossarytutor.discord.fake.TestCertificate;
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

    @Test
    void should_answerASlashCommandAndStopCleanly_when_startedWithStandardProxyFlags(@TempDir Path dir) throws Exception {
        Path jar = Path.of("target", "glossary-tutor.jar");
        assertThat(jar).exists();
        try (FakeDiscord discord = new FakeDiscord()) {
            Path trust = discord.writeTrustStore(dir.resolve("trust.p12"));
            Path out = dir.resolve("out.txt");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=" + discord.proxyPort(),
                    "-Djavax.net.ssl.trustStore=" + trust, "-Djavax.net.ssl.trustStorePassword=" + TestCertificate.PASSWORD,
                    "-jar", jar.toString());
            pb.environment().put("DISCORD_TOKEN", TOKEN);
            pb.environment().put("TUTOR_GLOSSARY", "glossary");
            pb.environment().put("TUTOR_DATA_DIR", dir.resolve("data").toString());
            pb.environment().put("TUTOR_CONSOLE_LOG_LEVEL", "INFO");
            pb.redirectErrorStream(true).redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Process bot = pb.start();
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
