package dev.glossarytutor.discord.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Discord client displays for embed text, as far as escapes go: Discord's Markdown
 * escape rule drops a backslash before any character that is not a letter, digit or space and
 * shows that character literally. A model of Discord, independent of the code under test.
 */
public final class DiscordShows {
    private static final Pattern ESCAPE = Pattern.compile("\\\\([^0-9A-Za-z\\s])");

    private DiscordShows() {
    }

    public static String text(String markdown) {
        return ESCAPE.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
}
