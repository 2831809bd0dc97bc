package dev.glossarytutor.explain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code permits} LLM calls per user in a window that starts with the user's first
 * call, so one student cannot run up the bill or starve the others. Cached rephrasings are free
 * and never count.
 */
final class RateLimiter {
    private final int permits;
    private final Cache<String, AtomicInteger> used;

    RateLimiter(int permits, Duration window, Ticker ticker) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be positive: " + permits);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        this.permits = permits;
        // expireAfterWrite: reading the counter does not extend the window; the entry (and the
        // count) vanishes one window after the user's first call.
        this.used = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(window)
                .ticker(Objects.requireNonNull(ticker, "ticker"))
                .build();
    }

    /** Takes one call from the user's allowance; false when it is used up for this window. */
    boolean tryAcquire(String userId) {
        AtomicInteger count = used.get(userId, id -> new AtomicInteger());
        return count.incrementAndGet() <= permits;
    }
}
