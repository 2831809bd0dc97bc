package dev.glossarytutor.discord;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bot's own threads. Javacord delivers a server's events one at a time, so listeners only
 * hand work on to these. Answers from the glossary (fast, CPU-bound) and LLM calls (slow, up to
 * LLM_TIMEOUT_S waiting on the network) get separate pools, so a few /explain calls cannot keep
 * /define waiting; the deadline timer only starts deferrals and never runs work itself.
 */
final class BotThreads implements AutoCloseable {
    private static final int ENGINE_THREADS = 2;
    private static final int LLM_THREADS = 4;

    final ExecutorService engine = Executors.newFixedThreadPool(ENGINE_THREADS, daemonThreads("discord-engine-"));
    final ExecutorService llm = Executors.newFixedThreadPool(LLM_THREADS, daemonThreads("discord-llm-"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(daemonThreads("discord-deadline-"));
    final Deadlines deadlines = Deadlines.on(timer);

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Stops all three at once; work still queued is dropped, as the connection is going away. */
    @Override
    public void close() {
        timer.shutdownNow();
        engine.shutdownNow();
        llm.shutdownNow();
    }
}
