package dev.glossarytutor.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other names a definition gives its own term in plain English: "...; also referred to as Bayes'
 * rule", "also known as X", "sometimes called X or Y". Glossaries written for a course often state
 * the synonym students will meet instead of listing it as an alias; reading it is the glossary's own
 * word, not a guess. Whether a stated name is kept (no other entry's name, no other entry states
 * it) is {@link DerivedNames}'s decision, as for the names it derives.
 */
final class StatedNames {
    /** An English phrase introducing another name, and the name up to a clause boundary. */
    private static final Pattern STATED = Pattern.compile(
            "\\b(?:also|sometimes|often|commonly|usually)\\s+(?:referred\\s+to\\s+as|known\\s+as|called|termed|named)"
                    + "\\s+([^.;:,()\\[\\]]+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A second name offered beside the first: "also called X or Y". */
    private static final Pattern ALTERNATIVE = Pattern.compile("\\s+or\\s+", Pattern.CASE_INSENSITIVE);
    /** A determiner before the name, which is no part of it. */
    private static final Pattern DETERMINER = Pattern.compile("^(?:a|an|the)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EDGE_QUOTES = Pattern.compile("^[\"'“”‘`]+|[\"'“”’`]+$");
    /** Longer than this, the words after the cue are a clause rather than a name. */
    private static final int MAX_WORDS = 4;

    private StatedNames() {
    }

    /** The names {@code definition} states for its term, as written there, in order. */
    static List<String> in(String definition) {
        List<String> out = new ArrayList<>();
        Matcher m = STATED.matcher(definition);
        while (m.find()) {
            for (String alternative : ALTERNATIVE.split(m.group(1).strip())) {
                String name = EDGE_QUOTES.matcher(DETERMINER.matcher(alternative.strip()).replaceFirst("")).replaceAll("");
                name = name.strip();
                String[] words = name.split("\\s+");
                if (!name.isEmpty() && words.length <= MAX_WORDS && name.chars().anyMatch(Character::isLetter)
                        && !isFunctionWord(words[0]) && !isFunctionWord(words[words.length - 1])
                        && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return List.copyOf(out);
    }

    /** A name neither starts nor ends with a function word ("also called when ..." states none). */
    private static boolean isFunctionWord(String word) {
        return StopWords.WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
