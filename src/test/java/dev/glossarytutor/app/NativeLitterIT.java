package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.testing.JavaProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that end normally and runs killed with {@code kill -9} leave nothing in the temporary folder
 * (a private one, given as both {@code java.io.tmpdir} and {@code TMPDIR}); the native libraries sit
 * under the data folder, extracted once.
 */
class NativeLitterIT {
    private static final int NORMAL_RUNS = 20;
    private static final int KILLED_RUNS = 10;

    @TempDir
    Path dir;

    private Process start(Path tmp, Path data, Path log, boolean wait) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(JavaProcesses.java(), "-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + tmp, "-cp", JavaProcesses.classPath(), NativeLitterProbe.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        if (wait) {
            pb.command().add("wait");
        }
        pb.environment().put("TMPDIR", tmp.toString());
        pb.environment().put("TUTOR_DATA_DIR", data.toString());
        return pb.start();
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void runs_should_leave_nothing_in_tmp_when_they_end_or_are_killed() throws Exception {
        // GIVEN an empty temporary folder and a data folder
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path data = Files.createDirectories(dir.resolve("data"));
        Path log = dir.resolve("probe.log");
        List<String> before = tree(tmp);

        // WHEN the tutor starts and ends normally, many times
        for (int i = 0; i < NORMAL_RUNS; i++) {
            Process p = start(tmp, data, log, false);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("run %d ended", i).isTrue();
            assertThat(p.exitValue()).as("run %d: %s", i, Files.readString(log)).isZero();
            assertThat(Files.readString(log)).contains("loaded");
        }
        List<String> nativeFiles = tree(data.resolve("native"));
        // AND it is killed with kill -9 once its libraries are loaded, many times
        for (int i = 0; i < KILLED_RUNS; i++) {
            Process p = start(tmp, data, log, true);
            awaitLoaded(p, log);
            p.destroyForcibly();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        // AND it starts once more (it sweeps the empty folders the killed runs' ONNX loader left)
        Process last = start(tmp, data, log, false);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();

        // THEN the temporary folder holds nothing new
        assertThat(tree(tmp)).isEqualTo(before);
        // AND the native libraries were extracted once, under the data folder, and reused
        assertThat(nativeFiles).anyMatch(f -> f.endsWith("libonnxruntime.so")).anyMatch(f -> f.endsWith("libsqlitejdbc.so"));
        assertThat(tree(data.resolve("native"))).isEqualTo(nativeFiles);
        assertThat(tree(data.resolve("tmp"))).isEmpty(); // the notes of killed runs were swept, the last run's went with it
    }

    /** Bounded wait for a real process to report that it loaded its libraries. */
    private static void awaitLoaded(Process p, Path log) throws Exception {
        for (int i = 0; i < 6_000; i++) {
            if (Files.readString(log).contains("loaded")) {
                return;
            }
            assertThat(p.isAlive()).as("probe died: %s", Files.readString(log)).isTrue();
            p.waitFor(20, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the probe did not load its libraries in 120 s: " + Files.readString(log));
    }
}
