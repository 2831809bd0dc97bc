package dev.glossarytutor.glossaryadmin;

import dev.glossarytutor.glossary.Problem;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bold terms, one per line or list item: {@code **Term**: definition}, {@code **Term:** definition},
 * {@code - **Term** - definition}, {@code * **Term** — definition} (also {@code __Term__}, en
 * dashes and numbered items). Headings and rules are skipped; a line right below an entry, or
 * indented below it, continues its definition; other text (an introduction) is skipped with a
 * warning. A bold term with no ':' or dash after it is refused.
 */
final class MarkdownListReader extends LineEntryReader {
    /** Optional list marker, then the bold term, then the rest of the line. */
    static final Pattern ENTRY = Pattern.compile("^[ \\t]{0,3}(?:[-*+][ \\t]+|\\d{1,9}[.)][ \\t]+)?(\\*\\*|__)(.+?)\\1(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]{0,3}(?:[-*+]|\\d{1,9}[.)])[ \\t]");
    /** ": definition", " - definition", " — definition", " – definition", " -- definition". */
    private static final Pattern SEPARATOR = Pattern.compile("^[ \\t]*(?::|(?:--?|–|—)(?=[ \\t]|$))(.*)$");
    /** The colon inside the bold: "**Term:**" or "**Term :**". */
    private static final Pattern TERM_WITH_COLON = Pattern.compile("^(.*?)[ \\t]*:$");

    @Override
    Split split(String line) {
        Matcher m = ENTRY.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String bold = Text.trim(m.group(2));
        String rest = m.group(3);
        Matcher colonInside = TERM_WITH_COLON.matcher(bold);
        if (colonInside.matches()) {
            return Split.entry(colonInside.group(1), rest);
        }
        Matcher separator = SEPARATOR.matcher(rest);
        if (separator.matches()) {
            return Split.entry(bold, separator.group(1));
        }
        return Split.refused("no ':' or dash between " + m.group(1) + bold + m.group(1)
                + " and its definition (write '**Term**: definition')");
    }

    @Override
    boolean lazyContinuation(String line) {
        return !LIST_ITEM.matcher(line).find();
    }

    @Override
    Problem stray(Path file, int line, String text) {
        return new Problem(file, line, "skipped: not a '**Term**: definition' line nor part of one");
    }

    @Override
    boolean strayIsProblem() {
        return false;
    }

    @Override
    boolean continuationFirst() {
        return false;
    }
}
