package dev.glossarytutor.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts test classes' {@code main} in a JVM of their own, on the test's class path. */
public final class JavaProcesses {
    private JavaProcesses() {
    }

    /** The test class path: surefire and failsafe publish it; a plain run has it in java.class.path. */
    public static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts {@code mainClass} with {@code args}; stdout and stderr go to {@code log}. */
    public static Process start(Class<?> mainClass, Path log, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add("-Xmx128m");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits (bounded) for the test to create {@code go}, so that all probes start their store together. */
    public static void awaitGo(Path go) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!java.nio.file.Files.exists(go)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no go signal at " + go);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
