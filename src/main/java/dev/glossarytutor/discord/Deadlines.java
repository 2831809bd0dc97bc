package dev.glossarytutor.discord;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task once after a delay: the clock behind Discord's reply deadline. Injected so that
 * tests decide when a deadline passes instead of sleeping.
 */
@FunctionalInterface
interface Deadlines {

    /** Calls {@code task} after {@code delay}; the returned action calls it off if it has not run yet. */
    Runnable after(Duration delay, Runnable task);

    /** Deadlines kept by {@code timer}, whose thread must do nothing slow: tasks only hand work on. */
    static Deadlines on(ScheduledExecutorService timer) {
        return (delay, task) -> {
            ScheduledFuture<?> pending = timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> pending.cancel(false);
        };
    }
}
