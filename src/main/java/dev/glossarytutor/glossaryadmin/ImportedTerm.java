package dev.glossarytutor.glossaryadmin;

import java.util.List;

/** A term to write: the first entry read for it, and the aliases that cross-reference stubs gave it. */
public record ImportedTerm(ImportedEntry entry, List<String> aliases) {
}
