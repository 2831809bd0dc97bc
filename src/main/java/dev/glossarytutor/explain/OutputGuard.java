package dev.glossarytutor.explain;

import dev.glossarytutor.nlp.Spelling;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what the LLM wrote before a student sees it: mentions are removed (nothing may ping
 * anyone), the length is capped, and an empty reply, a refusal or a near copy of the definition
 * is rejected.
 *
 * <p>"Near copy" is measured as the <em>copy ratio</em>: the share of the reply's word pairs
 * (bigrams of {@link Spelling#normalize normalized} words; single words for a one-word reply) that
 * also occur in the definition. A rephrasing in new words scores near 0, the definition
 * itself scores 1; replies at or above {@code maxCopyRatio} are rejected.
 */
final class OutputGuard {
    static final int DEFAULT_MAX_CHARS = 1200;
    static final double DEFAULT_MAX_COPY_RATIO = 0.6;

    /** {@code @everyone}, {@code @here}, even with invisible characters after the {@code @}. */
    private static final Pattern MASS_MENTION = Pattern.compile("@[\\p{Cf}\\s]*(everyone|here)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Users {@code <@id>}, {@code <@!id>}, roles {@code <@&id>}, channels {@code <#id>}. */
    private static final Pattern ID_MENTION = Pattern.compile("<(?:@[!&]?|#)\\d+>");
    private static final String ANY_MENTION = "(?:" + MASS_MENTION.pattern() + "|" + ID_MENTION.pattern() + ")";
    /** A mention opening a line, with what follows it up to the next word. */
    private static final Pattern LINE_START_MENTION = Pattern.compile("(?m)^[ \\t]*(?:" + ANY_MENTION + "[ \\t]*[,:;!]?[ \\t]*)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A mention inside a line, with the spaces around it and a comma or colon after it. */
    private static final Pattern INNER_MENTION = Pattern.compile("[ \\t]*(?:" + ANY_MENTION + "[ \\t]*[,:;!]?[ \\t]*)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final List<String> REFUSALS = List.of(
            "im sorry", "i am sorry", "sorry i", "i cant", "i cannot", "i can not", "i wont", "i will not",
            "i am unable", "im unable", "as an ai");

    private final int maxChars;
    private final double maxCopyRatio;

    OutputGuard(int maxChars, double maxCopyRatio) {
        if (maxChars < 20) {
            throw new IllegalArgumentException("maxChars must be at least 20: " + maxChars);
        }
        if (!(maxCopyRatio > 0 && maxCopyRatio <= 1)) {
            throw new IllegalArgumentException("maxCopyRatio must be within (0, 1]: " + maxCopyRatio);
        }
        this.maxChars = maxChars;
        this.maxCopyRatio = maxCopyRatio;
    }

    OutputGuard() {
        this(DEFAULT_MAX_CHARS, DEFAULT_MAX_COPY_RATIO);
    }

    /** Why a reply is not shown. */
    enum Rejection {
        /** Nothing left once mentions and white space are gone. */
        EMPTY,
        /** The model declined ("I'm sorry, I can't ..."). */
        REFUSAL,
        /** Mostly the definition again: nothing new for the student. */
        COPY
    }

    /** The outcome: the text to show, or why there is none. */
    sealed interface Verdict permits Accepted, Rejected {
    }

    record Accepted(String text) implements Verdict {
    }

    record Rejected(Rejection reason) implements Verdict {
    }

    Verdict check(String reply, String definition) {
        Objects.requireNonNull(definition, "definition");
        String text = clean(reply == null ? "" : reply);
        if (Spelling.normalize(text).isEmpty()) {
            return new Rejected(Rejection.EMPTY);
        }
        String start = Spelling.normalize(text.length() > 60 ? text.substring(0, 60) : text);
        if (REFUSALS.stream().anyMatch(start::startsWith)) {
            return new Rejected(Rejection.REFUSAL);
        }
        if (copyRatio(text, definition) >= maxCopyRatio) {
            return new Rejected(Rejection.COPY);
        }
        return new Accepted(cap(text));
    }

    /**
     * Mentions removed whole (the word "everyone" of {@code @everyone} too), with the spaces and
     * the comma or colon that followed them, so no stray word or gap is left; white space tidied.
     */
    static String clean(String reply) {
        String text = reply.replace("\r\n", "\n").replace('\r', '\n');
        text = LINE_START_MENTION.matcher(text).replaceAll("");
        text = INNER_MENTION.matcher(text).replaceAll(" ");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.strip();
    }

    /** Share of the reply's word bigrams (words, for a one-word reply) found in the definition; 0..1. */
    static double copyRatio(String reply, String definition) {
        List<String> replyWords = words(reply);
        List<String> definitionWords = words(definition);
        if (replyWords.isEmpty()) {
            return 0;
        }
        int n = replyWords.size() >= 2 ? 2 : 1;
        List<String> replyGrams = grams(replyWords, n);
        Set<String> definitionGrams = new HashSet<>(grams(definitionWords, n));
        long shared = replyGrams.stream().filter(definitionGrams::contains).count();
        return (double) shared / replyGrams.size();
    }

    private String cap(String text) {
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars - 1);
        if (cut < maxChars / 2) {
            cut = maxChars - 1;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private static List<String> words(String text) {
        String normalized = Spelling.normalize(text);
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    private static List<String> grams(List<String> words, int n) {
        if (words.size() < n) {
            return List.of();
        }
        return java.util.stream.IntStream.rangeClosed(0, words.size() - n)
                .mapToObj(i -> String.join(" ", words.subList(i, i + n)))
                .toList();
    }
}
