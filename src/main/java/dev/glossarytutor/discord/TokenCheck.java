package dev.glossarytutor.discord;

import dev.glossarytutor.config.Secret;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Discord whose token this is before the gateway login, because Javacord (3.8) retries a refused
 * token for ever. A refused token (401/403) ends start-up with one line; a network outage is logged in
 * one line per attempt, without a stack trace, and tried again after a capped exponential pause, for
 * as long as it lasts. Any other answer means Discord is reachable: the login takes it from there.
 */
final class TokenCheck {
    private static final Logger log = LoggerFactory.getLogger(TokenCheck.class);
    static final URI ME = URI.create("https://discord.com/api/v10/users/@me");
    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

    /** Waits between attempts; tests record the pauses instead of waiting. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private TokenCheck() {
    }

    static void check(Secret token, ProxySelector proxy, Pause pause) {
        HttpClient client = HttpClient.newBuilder().proxy(proxy).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest me = HttpRequest.newBuilder(ME).header("Authorization", "Bot " + token.reveal())
                .timeout(Duration.ofSeconds(20)).GET().build();
        for (int attempt = 1;; attempt++) {
            try {
                int status = client.send(me, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 401 || status == 403) {
                    throw new DiscordLoginException("Discord refused the bot token (HTTP " + status
                            + "); check DISCORD_TOKEN or DISCORD_TOKEN_FILE.", null);
                }
                if (attempt > 1) {
                    log.warn("Discord is reachable again after {} attempts", attempt);
                }
                return;
            } catch (IOException e) {
                Duration wait = pauseBefore(attempt + 1);
                log.warn("Discord is unreachable ({}: {}); attempt {} failed, next in {} s", e.getClass().getSimpleName(),
                        e.getMessage(), attempt, wait.toSeconds());
                try {
                    pause.pause(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new DiscordLoginException("Interrupted while waiting for Discord", interrupted);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DiscordLoginException("Interrupted while waiting for Discord", e);
            }
        }
    }

    /** 1, 2, 4, ... seconds before attempt {@code attempt} (from 2 on), at most {@link #LONGEST_PAUSE}. */
    static Duration pauseBefore(int attempt) {
        int doublings = Math.min(attempt - 2, 20);
        Duration wait = FIRST_PAUSE.multipliedBy(1L << Math.max(0, doublings));
        return wait.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : wait;
    }
}
