package dev.glossarytutor.answer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Runs one independent start-up step on its own thread while the caller does another, so that
 * loading and indexing use both cores of a small machine. Only for start-up and reload work.
 */
final class Background {
    private Background() {
    }

    /**
     * Starts {@code task} now; the returned supplier waits for its result and rethrows the task's
     * own exception (not a wrapper), so a failed start-up still names what went wrong.
     */
    static <T> Supplier<T> start(String name, Supplier<T> task) {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(task, runnable -> {
            Thread thread = new Thread(runnable, "tutor-" + name);
            thread.setDaemon(true);
            thread.start();
        });
        return () -> {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                if (e.getCause() instanceof Error cause) {
                    throw cause;
                }
                throw e;
            }
        };
    }
}
