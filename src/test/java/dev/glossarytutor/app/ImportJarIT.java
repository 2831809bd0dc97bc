package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.testing.OutsideGlossaries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped jar imports the shared raw networking glossary into a file that its own lint passes. */
class ImportJarIT {

    private static Result run(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "glossary-tutor.jar").toString()));
        command.addAll(List.of(args));
        Path log = dir.resolve("log-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the jar finished").isTrue();
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Result(int code, String output) {
    }

    @Test
    void should_writeAGlossaryThatLintsClean_when_theRawNetworkingGlossaryIsImported(@TempDir Path dir) throws Exception {
        // GIVEN the raw networking glossary beside the checkout
        Path raw = OutsideGlossaries.source("sources/networking-raw.md");
        Path out = dir.resolve("net.md");

        // WHEN the shipped jar imports it, then lints the result
        Result imported = run(dir, "import", raw.toString(), "--out", out.toString());
        Result linted = run(dir, "lint", out.toString());

        // THEN both succeed
        assertThat(imported.code()).as(imported.output()).isZero();
        assertThat(imported.output()).contains("Imported 59 terms").contains(out + ": OK");
        assertThat(linted.code()).as(linted.output()).isZero();
        assertThat(linted.output()).contains(out + ": OK");
    }
}
