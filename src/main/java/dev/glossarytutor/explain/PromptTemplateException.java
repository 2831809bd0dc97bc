package dev.glossarytutor.explain;

import java.util.List;

/** The prompt templates cannot be used; the message lists every problem with file and line. */
public final class PromptTemplateException extends RuntimeException {
    private final List<String> problems;

    PromptTemplateException(List<String> problems) {
        super("the prompt templates have problems:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code file:line: reason}. */
    public List<String> problems() {
        return problems;
    }
}
