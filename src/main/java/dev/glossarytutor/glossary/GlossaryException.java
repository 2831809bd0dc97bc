package dev.glossarytutor.glossary;

import java.util.List;
import java.util.stream.Collectors;

/** A glossary that could not be loaded; carries every problem found, not just the first. */
public final class GlossaryException extends Exception {
    private final transient List<Problem> problems;

    public GlossaryException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
