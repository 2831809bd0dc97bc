package dev.glossarytutor.glossaryadmin;

import dev.glossarytutor.glossary.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared walk of the one-line-per-term formats ({@code **Term**: definition},
 * {@code Term: definition}). Headings, setext underlines and rules are skipped. Lines indented
 * under an entry continue its definition (after a blank line, as a new paragraph); what a
 * subclass reads as a lazy continuation (an unindented line right below) does too.
 */
abstract class LineEntryReader implements FormatReader {

    /** What {@link #split} made of a line. */
    record Split(String term, String definition, String error) {
        static Split entry(String term, String definition) {
            return new Split(term, definition, null);
        }

        static Split refused(String error) {
            return new Split(null, null, error);
        }
    }

    /** The line as an entry, a refused entry, or {@code null} when it is no entry at all. */
    abstract Split split(String line);

    /** True when an unindented line right below an entry continues its definition. */
    abstract boolean lazyContinuation(String line);

    /** What to do with a line that is neither an entry nor part of one: refuse it (a problem) or skip it (a warning). */
    abstract Problem stray(Path file, int line, String text);

    /** True when {@code stray} refuses rather than warns. */
    abstract boolean strayIsProblem();

    /** Whether an indented line below an entry is read as its continuation before it is tried as an entry. */
    abstract boolean continuationFirst();

    @Override
    public final List<ImportedEntry> read(Path file, String text, List<Problem> warnings) throws ImportException {
        List<String> lines = Text.lines(text);
        List<ImportedEntry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Pending pending = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (Text.isBlank(line)) {
                if (pending != null) {
                    pending.blankSince = true;
                }
                continue;
            }
            if (Text.isAtxHeading(line) || Text.isRule(line) || Text.isSetextUnderline(line)) {
                pending = finish(pending, entries);
                continue;
            }
            boolean continues = pending != null
                    && (Text.isIndented(line) || !pending.blankSince && lazyContinuation(line));
            Split split = continues && continuationFirst() ? null : split(line);
            if (split == null && continues) {
                pending.append(line);
                continue;
            }
            pending = finish(pending, entries);
            if (split == null && Text.isSetextText(lines, i)) {
                i++; // a title and its underline
            } else if (split == null) {
                Problem stray = stray(file, i + 1, line);
                (strayIsProblem() ? problems : warnings).add(stray);
            } else if (split.error() != null) {
                problems.add(new Problem(file, i + 1, split.error()));
            } else {
                pending = new Pending(split.term(), split.definition(), i + 1);
            }
        }
        finish(pending, entries);
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return entries;
    }

    private static Pending finish(Pending pending, List<ImportedEntry> entries) {
        if (pending != null) {
            entries.add(ImportedEntry.of(pending.term, pending.definition.toString(), pending.line));
        }
        return null;
    }

    /** The entry being read, which later lines may continue. */
    private static final class Pending {
        final String term;
        final StringBuilder definition;
        final int line;
        boolean blankSince;

        Pending(String term, String definition, int line) {
            this.term = term;
            this.definition = new StringBuilder(definition);
            this.line = line;
        }

        void append(String line) {
            String text = Text.trim(line);
            if (definition.length() > 0) {
                definition.append(blankSince ? "\n\n" : "\n");
            }
            definition.append(text);
            blankSince = false;
        }
    }
}
