package dev.glossarytutor.explain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A deadline timer whose deadlines pass only when a test says so; nothing ever sleeps. */
final class ManualDeadlineTimer implements DeadlineTimer {
    private final List<Runnable> pending = new ArrayList<>();
    private final List<Duration> requested = new ArrayList<>();

    @Override
    public synchronized Cancellable after(Duration deadline, Runnable onExpiry) {
        pending.add(onExpiry);
        requested.add(deadline);
        notifyAll();
        return () -> {
            synchronized (ManualDeadlineTimer.this) {
                pending.remove(onExpiry);
            }
        };
    }

    /** Waits until a deadline is running, then lets every running deadline pass. */
    void expireOnceWaiting() throws InterruptedException {
        List<Runnable> due;
        synchronized (this) {
            while (pending.isEmpty()) {
                wait();
            }
            due = List.copyOf(pending);
            pending.clear();
        }
        due.forEach(Runnable::run);
    }

    /** The deadlines asked for, in order. */
    synchronized List<Duration> requested() {
        return List.copyOf(requested);
    }
}
