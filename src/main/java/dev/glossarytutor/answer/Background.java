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
     * Starts {@code task} now; {@link Pending#get()} waits for its result and rethrows the task's
     * own exception (not a wrapper), so a failed start-up still names what went wrong.
     */
    static <T> Pending<T> start(String name, Supplier<T> task) {
        CompletableFuture<T> future = CompletableFuture.supplyAsync(task, runnable -> {
            Thread thread = new Thread(runnable, "tutor-" + name);
            thread.setDaemon(true);
            thread.start();
        });
        return new Pending<>(future);
    }

    /** The result of a step started by {@link #start}, or the wait for it. */
    static final class Pending<T> implements Supplier<T> {
        private final CompletableFuture<T> future;

        private Pending(CompletableFuture<T> future) {
            this.future = future;
        }

        /** Whether {@link #get()} would return (or throw) at once. */
        boolean isDone() {
            return future.isDone();
        }

        @Override
        public T get() {
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
        }
    }
}
