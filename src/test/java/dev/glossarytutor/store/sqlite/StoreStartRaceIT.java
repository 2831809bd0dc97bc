package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.store.SqlScheduleRepository;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.testing.JavaProcesses;
import dev.glossarytutor.totd.Schedule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several real processes start the store on one new data folder at the same moment. Before the fix
 * some died with SQLITE_BUSY: WAL was switched on before busy_timeout was set, and migrations ran in
 * deferred transactions.
 */
class StoreStartRaceIT {
    private static final int PROCESSES = 8;
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    @Test
    void open_should_start_every_process_when_eight_start_together_on_a_fresh_folder() throws Exception {
        int started = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            // GIVEN a fresh data folder and eight processes waiting for one signal
            Path data = Files.createDirectories(dir.resolve("round-" + round));
            Path file = data.resolve("tutor.db");
            Path go = data.resolve("go");
            List<Process> processes = new ArrayList<>();
            List<Path> logs = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                Path log = data.resolve("probe-" + i + ".log");
                logs.add(log);
                processes.add(JavaProcesses.start(StoreStartProbe.class, log, List.of(),
                        file.toString(), "server-" + i, go.toString()));
            }

            // WHEN they all open the store at once
            Files.createFile(go);

            // THEN every one starts, migrates or finds the schema migrated, and writes its row
            for (int i = 0; i < PROCESSES; i++) {
                Process p = processes.get(i);
                boolean exited = p.waitFor(180, TimeUnit.SECONDS);
                if (!exited) {
                    p.destroyForcibly();
                }
                String log = Files.readString(logs.get(i));
                assertThat(exited).as("process %d of round %d ended; log:%n%s", i, round, log).isTrue();
                assertThat(p.exitValue()).as("exit of process %d, round %d; log:%n%s", i, round, log).isZero();
                assertThat(log).contains("started");
                started++;
            }
            try (SqliteDatabase db = SqliteDatabase.open(file)) {
                assertThat(new SqlScheduleRepository(db).enabled()).extracting(Schedule::serverId).hasSize(PROCESSES);
            }
        }
        assertThat(started).isEqualTo(PROCESSES * ROUNDS);
    }
}
