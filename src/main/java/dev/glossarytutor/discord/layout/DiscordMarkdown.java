package dev.glossarytutor.discord.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes glossary text for places where Discord renders Markdown (embed titles, descriptions,
 * field values), so that what students see is the text exactly: without this, {@code \(b\)}
 * shows as {@code (b)} and {@code f(x_i w_i)} turns italic. Discord drops a backslash before
 * any ASCII punctuation and shows that character literally, so a backslash goes before every
 * character that could start formatting. Bare URLs are left alone: Discord links them before
 * looking for formatting inside, and escaping would stop them being clickable.
 */
public final class DiscordMarkdown {
    /** Emphasis, strike, spoiler, code, quote, header, masked link, mention/emoji/timestamp, escape. */
    private static final String ALWAYS = "\\*_~|`>#[]<";
    /** Like Discord's own URL rule: trailing punctuation is not part of the link. */
    private static final Pattern URL = Pattern.compile("https?://[^\\s<\\\\]*[^\\s<\\\\.,:;\"')\\]]");

    private DiscordMarkdown() {
    }

    /** What to put in an embed so that Discord shows {@code raw}. Each piece of a message is escaped on its own. */
    public static String escape(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        Line line = Line.START;
        Matcher url = URL.matcher(raw);
        int i = 0;
        while (i < raw.length()) {
            if (url.find(i) && url.start() == i) {
                out.append(url.group());
                i = url.end();
                line = Line.OTHER;
                continue;
            }
            char c = raw.charAt(i);
            if (ALWAYS.indexOf(c) >= 0 || line.startsList(c)) {
                out.append('\\');
            }
            out.append(c);
            line = line.next(c);
            i++;
        }
        return out.toString();
    }

    /**
     * Where a character stands in its line, for the list markers that only count at the start
     * ("- ", "+ ", "1. ", and "-# " small text); hyphens inside words stay unescaped.
     */
    private enum Line {
        START, DIGITS, OTHER;

        boolean startsList(char c) {
            return this == START && (c == '-' || c == '+') || this == DIGITS && c == '.';
        }

        Line next(char c) {
            if (c == '\n') {
                return START;
            }
            if (this == START && (c == ' ' || c == '\t')) {
                return START;
            }
            if ((this == START || this == DIGITS) && c >= '0' && c <= '9') {
                return DIGITS;
            }
            return OTHER;
        }
    }
}
