package dev.glossarytutor.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottleTest {
    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;

    @Test
    void check_userOverLimit_shouldSayWhenToAskAgainAndResetAfterTheWindow() {
        // GIVEN 2 per user per minute
        Throttle throttle = new Throttle(2, 100, ticker);

        // WHEN the third question comes 20 s into the window
        assertThat(throttle.check("u1", "c1")).isEmpty();
        assertThat(throttle.check("u1", "c1")).isEmpty();
        nanos.addAndGet(Duration.ofSeconds(20).toNanos());

        // THEN it is refused for the remaining 40 s, others are unaffected, and a minute later it passes
        assertThat(throttle.check("u1", "c1")).contains(Duration.ofSeconds(40));
        assertThat(throttle.check("u2", "c1")).isEmpty();
        nanos.addAndGet(Duration.ofSeconds(41).toNanos());
        assertThat(throttle.check("u1", "c1")).isEmpty();
    }

    @Test
    void check_channelOverLimit_shouldRefuseEveryoneInIt() {
        // GIVEN 2 per channel
        Throttle throttle = new Throttle(10, 2, ticker);
        throttle.check("a", "c");
        throttle.check("b", "c");

        // WHEN / THEN
        assertThat(throttle.check("c", "c")).isPresent();
        assertThat(throttle.check("c", "other")).isEmpty();
    }

    @Test
    void humanWait_shouldRoundUp() {
        assertThat(Throttle.humanWait(Duration.ofMillis(1200))).isEqualTo("in 2 seconds");
        assertThat(Throttle.humanWait(Duration.ZERO)).isEqualTo("in 1 second");
    }

    @Test
    void rateLimiter_invalidSettings_shouldFailFast() {
        assertThatThrownBy(() -> new RateLimiter(0, Duration.ofMinutes(1), ticker)).hasMessageContaining("permits");
        assertThatThrownBy(() -> new RateLimiter(1, Duration.ZERO, ticker)).hasMessageContaining("window");
    }
}
