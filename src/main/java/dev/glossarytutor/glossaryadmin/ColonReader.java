package dev.glossarytutor.glossaryadmin;

import dev.glossarytutor.glossary.Problem;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Term: definition} lines (a list marker before the term is allowed). The term ends at the
 * first ':' followed by a space or the line end, so "C++: …", "Ratio 1:2: …" and URLs in the
 * definition read right. Lines starting with '#' are headings and skipped; a line indented below
 * an entry continues its definition. Any other line without such a ':' is refused.
 */
final class ColonReader extends LineEntryReader {
    private static final Pattern MARKER = Pattern.compile("^[ \\t]{0,3}(?:[-*+][ \\t]+)?");

    @Override
    Split split(String line) {
        Matcher marker = MARKER.matcher(line);
        String text = marker.lookingAt() ? line.substring(marker.end()) : line;
        int colon = separatorColon(text);
        if (colon < 0) {
            return null;
        }
        return Split.entry(text.substring(0, colon), text.substring(colon + 1));
    }

    /** Index of the first ':' followed by whitespace or the end of the line; -1 if none. */
    static int separatorColon(String text) {
        for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
            if (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    boolean lazyContinuation(String line) {
        return false;
    }

    @Override
    Problem stray(Path file, int line, String text) {
        return new Problem(file, line, "no ':' separating the term from its definition"
                + " (a line that continues the definition above must be indented)");
    }

    @Override
    boolean strayIsProblem() {
        return true;
    }

    @Override
    boolean continuationFirst() {
        return true;
    }
}
