package dev.glossarytutor.glossaryadmin;

import java.util.List;
import java.util.regex.Pattern;

/** Line helpers shared by the readers. */
final class Text {
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t].*)?$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");

    private Text() {
    }

    /**
     * Trims whitespace at both ends, including the non-breaking spaces that {@link String#strip()}
     * keeps (a definition copied from a web page often ends in one); the text between is untouched.
     */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isBlank(String s) {
        return trim(s).isEmpty();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The text as lines, with CRLF and CR line ends read as LF. */
    static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    static boolean isAtxHeading(String line) {
        return ATX_HEADING.matcher(line).matches();
    }

    /** "---", "***", "___" (a thematic break). */
    static boolean isRule(String line) {
        return RULE.matcher(line).matches();
    }

    /** "====" or "----" under a line of text makes that line a heading. */
    static boolean isSetextUnderline(String line) {
        return SETEXT_UNDERLINE.matcher(line).matches();
    }

    /**
     * True when line {@code i} is the text of a setext heading: a single line after a blank line
     * (or at the top), underlined by the next line.
     */
    static boolean isSetextText(List<String> lines, int i) {
        return i + 1 < lines.size() && !isBlank(lines.get(i)) && !isAtxHeading(lines.get(i))
                && isSetextUnderline(lines.get(i + 1)) && (i == 0 || isBlank(lines.get(i - 1)));
    }

    /** Starts with spaces or a tab: in a list, the rest of the item above. */
    static boolean isIndented(String line) {
        return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && !isBlank(line);
    }
}
