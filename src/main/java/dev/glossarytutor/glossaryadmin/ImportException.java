package dev.glossarytutor.glossaryadmin;

import dev.glossarytutor.glossary.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An import that was refused: every problem found in the input (file and line), or one message
 * when the trouble is not in the input (the output already exists). Nothing has been written.
 */
public final class ImportException extends Exception {
    private final transient List<Problem> problems;

    public ImportException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ImportException(String message) {
        super(message);
        this.problems = List.of();
    }

    /** The problems in the input, sorted by line; empty when the message says it all. */
    public List<Problem> problems() {
        return problems;
    }
}
