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
    /** How long {@link #close()} lets a running tick finish: a post the transport accepted must get recorded. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(20);

    private final TermOfTheDayService service;
    private final ServedServers served;
    private final ScheduledExecutorService executor;
    private final boolean ownsExecutor;
    private final Duration interval;
    private ScheduledFuture<?> task;

    /** Posts the terms of the day of the {@code served} servers; {@code executor} stays the caller's. */
    public TotdScheduler(TermOfTheDayService service, ServedServers served, ScheduledExecutorService executor,
            Duration interval) {
        this(service, served, executor, false, interval);
    }

    private TotdScheduler(TermOfTheDayService service, ServedServers served, ScheduledExecutorService executor,
            boolean owns, Duration interval) {
        this.service = Objects.requireNonNull(service, "service");
        this.served = Objects.requireNonNull(served, "served");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.ownsExecutor = owns;
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the tick interval must be positive, got " + interval);
        }
        this.interval = interval;
    }

    /** A scheduler on its own daemon thread, shut down by {@link #close()}. */
    public static TotdScheduler onOwnThread(TermOfTheDayService service, ServedServers served, Duration interval) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "totd-scheduler");
            t.setDaemon(true);
            return t;
        });
        return new TotdScheduler(service, served, executor, true, interval);
    }

    public ServedServers served() {
        return served;
    }

    public synchronized void start() {
        if (task == null) {
            task = executor.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * One check. It catches every Throwable, not only exceptions: anything escaping a periodic task
     * silently cancels all later ticks, and the schedule must keep running.
     */
    public void tick() {
        try {
            int posted = service.postDue(served);
            if (posted > 0) {
                log.debug("Tick posted {} terms of the day", posted);
            }
        } catch (Throwable e) {
            log.error("Term-of-the-day tick failed; the next tick tries again", e);
        }
    }

    /**
     * Stops ticking. With its own thread it waits (at most {@link #CLOSE_WAIT}) for a running tick
     * instead of interrupting it, so a post already delivered is also recorded before the transport
     * and the database close.
     */
    @Override
    public synchronized void close() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        if (ownsExecutor) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("A term-of-the-day tick was still running after {}; interrupting it", CLOSE_WAIT);
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
