package dev.glossarytutor.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed-window limit per key (a user, a channel): at most {@code permits} in each window that
 * starts with a key's first request. Windows live in a Caffeine cache that expires them, so idle
 * keys cost nothing; time comes from the {@link Ticker}, so tests never sleep.
 */
public final class RateLimiter {
    private final int permits;
    private final long windowNanos;
    private final Ticker ticker;
    private final Cache<String, Window> windows;

    private record Window(long startNanos, AtomicInteger used) { }

    public RateLimiter(int permits, Duration window, Ticker ticker) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, got " + permits);
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, got " + window);
        }
        this.permits = permits;
        this.windowNanos = window.toNanos();
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.windows = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(window).maximumSize(100_000).build();
    }

    /** Takes a permit for {@code key}; when none is left, says how long until the window resets. */
    public Optional<Duration> tryAcquire(String key) {
        Window w = windows.get(key, k -> new Window(ticker.read(), new AtomicInteger()));
        if (w.used().incrementAndGet() <= permits) {
            return Optional.empty();
        }
        long left = Math.max(0, w.startNanos() + windowNanos - ticker.read());
        return Optional.of(Duration.ofNanos(left));
    }

    /** Whether {@code key} still has a permit, without taking it. */
    public boolean hasPermit(String key) {
        Window w = windows.getIfPresent(key);
        return w == null || w.used().get() < permits;
    }
}
