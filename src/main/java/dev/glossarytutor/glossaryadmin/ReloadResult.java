package dev.glossarytutor.glossaryadmin;

import dev.glossarytutor.glossary.Problem;
import java.util.List;

/**
 * The outcome of a glossary reload. When it failed, the old glossary is still answering and
 * {@code problems} say what to fix, by file and line.
 */
public record ReloadResult(boolean reloaded, int terms, List<String> added, List<String> removed, List<Problem> problems) {
    public ReloadResult {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        problems = List.copyOf(problems);
    }

    public String text() {
        if (!reloaded) {
            StringBuilder out = new StringBuilder("The glossary was NOT reloaded; the previous version is still live. ")
                    .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(":\n");
            problems.forEach(p -> out.append("  ").append(p).append('\n'));
            return out.toString().stripTrailing();
        }
        StringBuilder out = new StringBuilder("Glossary reloaded: ").append(terms).append(" terms.");
        if (!added.isEmpty()) {
            out.append("\nAdded: ").append(String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            out.append("\nRemoved: ").append(String.join(", ", removed));
        }
        return out.toString();
    }
}
