package dev.glossarytutor.ratelimit;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;

/**
 * The limits on questions: one per user and one per channel. A user who is refused does not use
 * up the channel's budget.
 */
public final class Throttle {
    private final RateLimiter perUser;
    private final RateLimiter perChannel;

    public Throttle(int perUserPerMinute, int perChannelPerMinute, Ticker ticker) {
        this.perUser = new RateLimiter(perUserPerMinute, Duration.ofMinutes(1), ticker);
        this.perChannel = new RateLimiter(perChannelPerMinute, Duration.ofMinutes(1), ticker);
    }

    /** Which limit refused a question. */
    public enum Scope { USER, CHANNEL }

    /** A refused question: whose limit ran out and how long until it allows the next one. */
    public record Refusal(Scope scope, Duration retryAfter) {
    }

    /** Empty when the question may go ahead; otherwise how long the user should wait. */
    public Optional<Duration> check(String userId, String channelId) {
        return refusal(userId, channelId).map(Refusal::retryAfter);
    }

    /** Empty when the question may go ahead; otherwise which limit refused it and for how long. */
    public Optional<Refusal> refusal(String userId, String channelId) {
        if (!perChannel.hasPermit(channelId)) {
            return perChannel.tryAcquire(channelId).map(w -> new Refusal(Scope.CHANNEL, w));
        }
        Optional<Duration> user = perUser.tryAcquire(userId);
        if (user.isPresent()) {
            return user.map(w -> new Refusal(Scope.USER, w));
        }
        return perChannel.tryAcquire(channelId).map(w -> new Refusal(Scope.CHANNEL, w));
    }

    /** "in 42 seconds", for the notice. */
    public static String humanWait(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds == 1 ? "in 1 second" : "in " + seconds + " seconds";
    }
}
