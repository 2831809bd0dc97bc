package dev.glossarytutor.explain;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fires a task once a deadline has passed. The explainer's only source of time passing while it
 * waits for the LLM: production counts elapsed time on a daemon thread, tests fire deadlines by hand.
 */
@FunctionalInterface
interface DeadlineTimer {

    /** Runs {@code onExpiry} after {@code deadline}; the handle calls it off if it has not run. */
    Cancellable after(Duration deadline, Runnable onExpiry);

    /** A deadline that may still be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    /** Counts elapsed time on one daemon thread shared by every explainer of the process. */
    static DeadlineTimer elapsed() {
        return Elapsed.INSTANCE;
    }

    /** The production timer; a holder so its thread starts only when an explainer first needs it. */
    final class Elapsed implements DeadlineTimer {
        private static final Elapsed INSTANCE = new Elapsed();
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "llm-deadline");
            t.setDaemon(true);
            return t;
        });

        private Elapsed() {
        }

        @Override
        public Cancellable after(Duration deadline, Runnable onExpiry) {
            ScheduledFuture<?> scheduled = timer.schedule(onExpiry, deadline.toNanos(), TimeUnit.NANOSECONDS);
            return () -> scheduled.cancel(false);
        }
    }
}
