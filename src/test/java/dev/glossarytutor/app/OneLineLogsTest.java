package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The shipped logback.xml (the tests run with it) prints Javacord's connection failures in one line. */
class OneLineLogsTest {

    @Test
    void javacord_failures_should_print_one_line_without_a_stack_trace_when_offline() {
        // GIVEN the appender Javacord's logger writes to on stderr
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger javacord = context.getLogger("org.javacord.core.util.gateway.DiscordWebSocketAdapter");
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> appender =
                (OutputStreamAppender<ILoggingEvent>) context.getLogger("org.javacord").getAppender("STDERR_ONE_LINE");
        assertThat(appender).as("org.javacord logs to STDERR_ONE_LINE").isNotNull();
        assertThat(javacord.isAdditive()).isTrue(); // up to org.javacord, which is not additive
        assertThat(context.getLogger("org.javacord").isAdditive()).isFalse();

        // WHEN it logs a failed connection with a nested exception
        Exception offline = new IllegalStateException("connect failed",
                new UnknownHostException("gateway.discord.gg: Temporary failure in name resolution"));
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), javacord, Level.WARN,
                "An error occurred while connecting to websocket", offline, null);
        byte[] bytes = ((LayoutWrappingEncoder<ILoggingEvent>) appender.getEncoder()).encode(event);
        String line = new String(bytes, StandardCharsets.UTF_8);

        // THEN it is one line: the message and the exception's first line, no "at ..." frames
        assertThat(line.strip()).doesNotContain("\n").doesNotContain("\tat ")
                .contains("An error occurred while connecting to websocket (java.lang.IllegalStateException: connect failed; "
                        + "Caused by: java.net.UnknownHostException: gateway.discord.gg")
                .endsWith(")");
        assertThat(line).endsWith(")\n");

        // AND an event without an exception is just its message
        LoggingEvent plain = new LoggingEvent(Logger.class.getName(), javacord, Level.WARN,
                "Trying to reconnect/resume in 4 seconds!", null, null);
        String plainLine = new String(((LayoutWrappingEncoder<ILoggingEvent>) appender.getEncoder()).encode(plain),
                StandardCharsets.UTF_8);
        assertThat(plainLine).endsWith("Trying to reconnect/resume in 4 seconds!\n");
    }
}
