package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.totd.Schedule;
import java.nio.file.Path;
import java.time.ZoneOffset;

/**
 * A process that starts the store the way the tutor does (open, migrate) and writes one row, for
 * tests of several processes on one data folder. Prints {@code started} and exits 0 on success.
 */
public final class StoreStartProbe {
    private StoreStartProbe() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String server = args[1];
        if (args.length > 2) {
            awaitGo(Path.of(args[2]));
        }
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new SqliteScheduleRepository(db).save(Schedule.defaults(server, ZoneOffset.UTC));
        }
        System.out.println("started");
    }

    /** Waits (bounded) for the test to create {@code go}, so that all probes start their store together. */
    static void awaitGo(Path go) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!java.nio.file.Files.exists(go)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no go signal at " + go);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
