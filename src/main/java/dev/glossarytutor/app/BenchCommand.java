package dev.glossarytutor.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bench}: times the answer path in-process. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Time questions through the core.")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("bench: not implemented yet");
        return 1;
    }
}
