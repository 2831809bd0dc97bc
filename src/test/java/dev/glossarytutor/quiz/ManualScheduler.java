package dev.glossarytutor.quiz;

import dev.glossarytutor.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The test scheduler: tasks run only when {@link #advance} moves the clock past their time, in
 * time order, on the calling thread. Thread-safe, so engine code may schedule from any thread.
 */
public final class ManualScheduler implements QuizScheduler {
    private final MutableClock clock;
    private final List<Task> tasks = new ArrayList<>();
    private long sequence;

    public ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    private record Task(Instant at, long order, Runnable run, boolean[] cancelled) {
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        Task t = new Task(clock.instant().plus(delay), sequence++, task, new boolean[1]);
        tasks.add(t);
        return () -> {
            synchronized (ManualScheduler.this) {
                t.cancelled()[0] = true;
                tasks.remove(t);
            }
        };
    }

    /** Moves time forward by {@code d}, running every task that falls due, each at its own time. */
    public void advance(Duration d) {
        Instant end = clock.instant().plus(d);
        while (true) {
            Optional<Task> next;
            synchronized (this) {
                next = tasks.stream().filter(t -> !t.at().isAfter(end))
                        .min(Comparator.comparing(Task::at).thenComparingLong(Task::order));
                next.ifPresent(tasks::remove);
            }
            if (next.isEmpty()) {
                break;
            }
            if (next.get().at().isAfter(clock.instant())) {
                clock.set(next.get().at());
            }
            next.get().run().run();
        }
        clock.set(end);
    }

    /** Tasks still waiting. */
    public synchronized int pending() {
        return tasks.size();
    }
}
