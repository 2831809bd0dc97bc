package dev.glossarytutor.glossaryadmin;

/**
 * One term read from an instructor's file, before duplicates and stubs are sorted out.
 * {@code line} is the 1-based line where the term starts, for messages.
 */
public record ImportedEntry(String term, String definition, int line) {

    /** An entry with the surrounding whitespace (non-breaking spaces included) trimmed off. */
    static ImportedEntry of(String term, String definition, int line) {
        return new ImportedEntry(Text.trim(term), Text.trim(definition), line);
    }
}
