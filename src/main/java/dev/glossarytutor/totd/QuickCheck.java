package dev.glossarytutor.totd;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A one-question multiple-choice check shown under the term of the day.
 *
 * @param prompt       the question
 * @param options      the choices, at least two, all different
 * @param correctIndex the index of the right choice in {@code options}
 */
public record QuickCheck(String prompt, List<String> options, int correctIndex) {
    public QuickCheck {
        Objects.requireNonNull(prompt, "prompt");
        options = List.copyOf(options);
        if (prompt.isBlank()) {
            throw new IllegalArgumentException("a quick check needs a prompt");
        }
        if (options.size() < 2) {
            throw new IllegalArgumentException("a quick check needs at least two options, got " + options.size());
        }
        if (new HashSet<>(options).size() != options.size()) {
            throw new IllegalArgumentException("quick check options must differ: " + options);
        }
        if (correctIndex < 0 || correctIndex >= options.size()) {
            throw new IllegalArgumentException("correctIndex " + correctIndex + " is outside the " + options.size() + " options");
        }
    }

    public String correctOption() {
        return options.get(correctIndex);
    }
}
