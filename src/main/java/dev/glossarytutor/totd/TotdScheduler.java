package dev.glossarytutor.totd;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticks on a scheduled executor and lets the service post whatever is due. The tick is the only
 * clock-driven part, and it decides nothing itself: due-ness is computed from the injected clock,
 * so a late tick (a suspended laptop, a restart) still posts once the same local day.
 */
public final class TotdScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TotdScheduler.class);
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    private final TermOfTheDayService service;
    private final ScheduledExecutorService executor;
    private final boolean ownsExecutor;
    private final Duration interval;
    private ScheduledFuture<?> task;

    public TotdScheduler(TermOfTheDayService service, ScheduledExecutorService executor, Duration interval) {
        this(service, executor, false, interval);
    }

    private TotdScheduler(TermOfTheDayService service, ScheduledExecutorService executor, boolean owns, Duration interval) {
        this.service = Objects.requireNonNull(service, "service");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.ownsExecutor = owns;
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the tick interval must be positive, got " + interval);
        }
        this.interval = interval;
    }

    /** A scheduler on its own daemon thread, shut down by {@link #close()}. */
    public static TotdScheduler onOwnThread(TermOfTheDayService service, Duration interval) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "totd-scheduler");
            t.setDaemon(true);
            return t;
        });
        return new TotdScheduler(service, executor, true, interval);
    }

    public synchronized void start() {
        if (task == null) {
            task = executor.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * One check. It catches everything a check can throw: an exception escaping a periodic task
     * would silently cancel all later ticks.
     */
    public void tick() {
        try {
            int posted = service.postDue();
            if (posted > 0) {
                log.debug("Tick posted {} terms of the day", posted);
            }
        } catch (RuntimeException | LinkageError e) {
            log.error("Term-of-the-day tick failed; the next tick tries again", e);
        }
    }

    @Override
    public synchronized void close() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        if (ownsExecutor) {
            executor.shutdownNow();
        }
    }
}
