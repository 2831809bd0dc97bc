package dev.glossarytutor.explain;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The language a rephrasing is written in, as a BCP-47-like tag ({@code en}, {@code de},
 * {@code pt-BR}, {@code es-419}). It is the only value from outside the glossary that reaches a
 * prompt, so it is checked against a strict shape: letters and digits in short dash-separated
 * subtags, nothing else.
 *
 * @param tag the canonical tag ({@code en-US}, never {@code en_us})
 */
public record LanguageTag(String tag) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}");
    private static final int MAX_LENGTH = 35;

    /** The glossary's own language and the console's default. */
    public static final LanguageTag ENGLISH = new LanguageTag("en");

    public LanguageTag {
        Objects.requireNonNull(tag, "tag");
        if (tag.length() > MAX_LENGTH || !SHAPE.matcher(tag).matches()) {
            throw new IllegalArgumentException("'" + abbreviate(tag)
                    + "' is not a language tag; use a code such as en, de, fr or pt-BR");
        }
        String canonical = Locale.forLanguageTag(tag).toLanguageTag();
        if (canonical.equals("und")) {
            throw new IllegalArgumentException("'" + tag + "' is not a language tag; use a code such as en, de or pt-BR");
        }
        tag = canonical;
    }

    /** Parses a tag a student or a transport gave ({@code "de"}, {@code "pt_BR"} is accepted as {@code pt-BR}). */
    public static LanguageTag parse(String typed) {
        return new LanguageTag(typed == null ? "" : typed.strip().replace('_', '-'));
    }

    /** The language's English name with its tag, for the prompt: {@code "German (de)"}. */
    public String describe() {
        String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(tag) ? tag : name + " (" + tag + ")";
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    @Override
    public String toString() {
        return tag;
    }
}
