package dev.glossarytutor.glossary;

import java.nio.file.Path;

/** Something wrong in a glossary file, reported as {@code file:line: reason}. */
public record Problem(Path file, int line, String reason) implements Comparable<Problem> {

    @Override
    public int compareTo(Problem other) {
        int byFile = file.toString().compareTo(other.file.toString());
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
