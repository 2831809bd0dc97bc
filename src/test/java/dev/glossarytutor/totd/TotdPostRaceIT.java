package dev.glossarytutor.totd;

import dev.glossarytutor.store.SqlScheduleRepository;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.store.sqlite.SqliteDatabase;
import dev.glossarytutor.testing.JavaProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes on one SQLite file race to post the term of the day. Before the claim, each one
 * posted first and recorded afterwards, so two processes of a rolling restart could both post.
 */
class TotdPostRaceIT {
    private static final int PROCESSES = 3;
    private static final int SERVERS = 20;
    private static final Instant NOON = Instant.parse("2026-02-02T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void postNow_should_post_once_per_server_and_day_when_three_processes_race() throws Exception {
        // GIVEN twenty servers with a channel, on one store
        Path dbFile = dir.resolve("tutor.db");
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            SqlScheduleRepository schedules = new SqlScheduleRepository(db);
            for (int i = 1; i <= SERVERS; i++) {
                schedules.save(Schedule.defaults("server-" + i, ZoneOffset.UTC).withChannel("#general", NOON));
            }
        }
        Path posts = dir.resolve("posts.txt");
        Path go = dir.resolve("go");
        List<Process> processes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            Path log = dir.resolve("probe-" + p + ".log");
            logs.add(log);
            processes.add(JavaProcesses.start(TotdRaceProbe.class, log, List.of(), dbFile.toString(), posts.toString(),
                    go.toString(), "process-" + p, String.valueOf(SERVERS), NOON.toString()));
        }

        // WHEN all three post every server's term at once
        Files.createFile(go);

        // THEN every process ends well
        for (int p = 0; p < PROCESSES; p++) {
            boolean exited = processes.get(p).waitFor(180, TimeUnit.SECONDS);
            if (!exited) {
                processes.get(p).destroyForcibly();
            }
            String log = Files.readString(logs.get(p));
            assertThat(exited).as("process %d ended; log:%n%s", p, log).isTrue();
            assertThat(processes.get(p).exitValue()).as("exit of process %d; log:%n%s", p, log).isZero();
        }
        // AND each server's day was posted exactly once, by one of them
        List<String> lines = Files.readAllLines(posts);
        Map<String, Long> perServer = lines.stream().map(l -> l.split(" ")[0])
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perServer).as("posts:%n%s", String.join("\n", lines)).hasSize(SERVERS);
        assertThat(perServer.values()).as("posts:%n%s", String.join("\n", lines)).containsOnly(1L);
    }
}
