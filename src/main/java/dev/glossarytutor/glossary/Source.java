package dev.glossarytutor.glossary;

import java.nio.file.Path;

/** A place in a glossary file, 1-based line. */
public record Source(Path file, int line) {
    public static final Source UNKNOWN = new Source(Path.of("<memory>"), 0);

    @Override
    public String toString() {
        return file.getFileName() + ":" + line;
    }
}
