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

    /** Empty when the question may go ahead; otherwise how long the user should wait. */
    public Optional<Duration> check(String userId, String channelId) {
        if (!perChannel.hasPermit(channelId)) {
            return perChannel.tryAcquire(channelId);
        }
        Optional<Duration> user = perUser.tryAcquire(userId);
        if (user.isPresent()) {
            return user;
        }
        return perChannel.tryAcquire(channelId);
    }

    /** "in 42 seconds", for the notice. */
    public static String humanWait(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds == 1 ? "in 1 second" : "in " + seconds + " seconds";
    }
}
