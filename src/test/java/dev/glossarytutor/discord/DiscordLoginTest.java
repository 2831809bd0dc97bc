package dev.glossarytutor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.config.DiscordConfig;
import dev.glossarytutor.config.Env;
import dev.glossarytutor.config.Secret;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Without a network the bot keeps trying, one log line per attempt, with capped exponential pauses. (A
 * refused token is {@code DiscordTokenIT}: the trust store is read once per JVM, so it runs in a process of its own.)
 */
class DiscordLoginTest {
    @Test
    void start_should_keep_trying_with_capped_exponential_pauses_and_one_line_each_when_discord_is_unreachable()
            throws Exception {
        // GIVEN no route to Discord: every connection goes to a port nobody listens on
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        java.net.ProxySelector nowhere = java.net.ProxySelector.of(new java.net.InetSocketAddress("127.0.0.1", closedPort));
        java.util.List<java.time.Duration> pauses = new java.util.ArrayList<>();
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs =
                new ch.qos.logback.core.read.ListAppender<>();
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(TokenCheck.class);
        logs.start();
        logger.addAppender(logs);
        try {
            // WHEN the bot starts and the outage lasts 12 attempts (the test stops it there)
            Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> DiscordBot.start(
                    DiscordConfig.from(new Env(Map.of())), new Secret("t"), null, List.of(), nowhere, b -> b, d -> {
                        pauses.add(d);
                        if (pauses.size() == 12) {
                            throw new InterruptedException("test over");
                        }
                    }));

            // THEN it paused 1, 2, 4, ... s, never more than 5 minutes, and logged one line per attempt
            assertThat(e).isInstanceOf(DiscordLoginException.class);
            assertThat(pauses).extracting(java.time.Duration::toSeconds)
                    .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L, 300L);
            assertThat(logs.list).hasSize(12).allSatisfy(ev -> {
                assertThat(ev.getFormattedMessage()).startsWith("Discord is unreachable (").doesNotContain("\n");
                assertThat(ev.getThrowableProxy()).isNull();
            });
        } finally {
            logger.detachAppender(logs);
            Thread.interrupted();
        }
    }
}
