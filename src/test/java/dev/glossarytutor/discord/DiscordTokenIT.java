package dev.glossarytutor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.discord.fake.FakeDiscord;
import dev.glossarytutor.discord.fake.TestCertificate;
import dev.glossarytutor.testing.JavaProcesses;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tutor started with a token Discord refuses exits non-zero after one clear line, instead of
 * reconnecting for ever (Javacord alone retries a 401 without end). A process of its own: the trust
 * store is read once per JVM.
 */
class DiscordTokenIT {
    @TempDir
    Path dir;

    @Test
    void main_should_exit_non_zero_with_one_line_when_discord_refuses_the_token() throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            // GIVEN a Discord that refuses the token (401 on REST, 4004 on the gateway)
            discord.refuseToken();
            Path trust = discord.writeTrustStore(dir.resolve("trust.p12"));
            Path out = dir.resolve("out.txt");
            ProcessBuilder pb = new ProcessBuilder(JavaProcesses.java(), "-Xmx512m",
                    "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=" + discord.proxyPort(),
                    "-Djavax.net.ssl.trustStore=" + trust, "-Djavax.net.ssl.trustStorePassword=" + TestCertificate.PASSWORD,
                    "-cp", JavaProcesses.classPath(), "dev.glossarytutor.app.Main");
            pb.environment().put("DISCORD_TOKEN", "refused-token");
            pb.environment().put("TUTOR_GLOSSARY", "glossary");
            pb.environment().put("TUTOR_DATA_DIR", dir.resolve("data").toString());
            pb.environment().remove("LLM_BASE_URL");
            pb.environment().remove("LLM_API_KEY");
            pb.redirectErrorStream(true).redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));

            // WHEN the bot starts
            Process bot = pb.start();
            boolean ended = bot.waitFor(180, TimeUnit.SECONDS);
            if (!ended) {
                bot.destroyForcibly();
            }

            // THEN it ends, with status 2, saying so in one line and with no stack trace
            String output = Files.readString(out);
            assertThat(ended).as("the bot gave up; output:%n%s", output).isTrue();
            assertThat(bot.exitValue()).as(output).isEqualTo(2);
            assertThat(output).contains("Discord refused the bot token (HTTP 401); check DISCORD_TOKEN or DISCORD_TOKEN_FILE.")
                    .doesNotContain("\tat ").doesNotContain("refused-token");
        }
    }
}
