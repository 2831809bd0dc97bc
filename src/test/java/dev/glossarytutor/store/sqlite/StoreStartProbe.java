package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.store.SqlScheduleRepository;
import dev.glossarytutor.testing.JavaProcesses;
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
            JavaProcesses.awaitGo(Path.of(args[2]));
        }
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            new SqlScheduleRepository(db).save(Schedule.defaults(server, ZoneOffset.UTC));
        }
        System.out.println("started");
    }
}
