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
        return text(problem -> problem.toString());
    }

    /**
     * Like {@link #text()}, with each problem's file shown relative to the glossary {@code folder}
     * ("terms.md:12: ..."), for readers who should not see the server's file system (Discord).
     */
    public String text(java.nio.file.Path folder) {
        java.nio.file.Path root = folder.toAbsolutePath().normalize();
        return text(problem -> {
            java.nio.file.Path file = problem.file().toAbsolutePath().normalize();
            String shown = file.equals(root) ? "(glossary folder)"
                    : file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/')
                    : String.valueOf(file.getFileName());
            return shown + ":" + problem.line() + ": " + problem.reason();
        });
    }

    private String text(java.util.function.Function<Problem, String> shown) {
        if (!reloaded) {
            StringBuilder out = new StringBuilder("The glossary was NOT reloaded; the previous version is still live. ")
                    .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(":\n");
            problems.forEach(p -> out.append("  ").append(shown.apply(p)).append('\n'));
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
