package dev.glossarytutor.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The test clock for reply deadlines: a deadline passes only when {@link #pass} is called, on the calling thread. */
final class ManualDeadlines implements Deadlines {
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public synchronized Runnable after(Duration delay, Runnable task) {
        pending.add(task);
        return () -> {
            synchronized (ManualDeadlines.this) {
                pending.remove(task);
            }
        };
    }

    /** Every pending deadline passes now. */
    void pass() {
        List<Runnable> due;
        synchronized (this) {
            due = new ArrayList<>(pending);
            pending.clear();
        }
        due.forEach(Runnable::run);
    }

    /** Deadlines neither passed nor called off. */
    synchronized int pending() {
        return pending.size();
    }
}
