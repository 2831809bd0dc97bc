package dev.glossarytutor.glossary;

import java.time.Duration;

/**
 * How much glossary the tutor accepts: the size of the file or folder's {@code *.md} files, checked
 * before anything is read; the number of terms, checked once parsed; and how long a reload may take.
 * Set by {@code TUTOR_GLOSSARY_MAX_BYTES}, {@code TUTOR_GLOSSARY_MAX_TERMS} and
 * {@code TUTOR_GLOSSARY_RELOAD_SECONDS}.
 */
public record GlossaryLimits(long maxBytes, int maxTerms, Duration reloadTimeout) {
    /** 5 MB, 5,000 terms, 5 minutes. */
    public static final GlossaryLimits DEFAULT = new GlossaryLimits(5_000_000L, 5_000, Duration.ofMinutes(5));
    /** No limits, for tools and tests that read a glossary they trust. */
    public static final GlossaryLimits NONE = new GlossaryLimits(Long.MAX_VALUE, Integer.MAX_VALUE, Duration.ofDays(1));

    public GlossaryLimits {
        if (maxBytes <= 0 || maxTerms <= 0 || reloadTimeout.isNegative() || reloadTimeout.isZero()) {
            throw new IllegalArgumentException("glossary limits must be positive");
        }
    }

    /** {@code bytes} as people read it: 54.0 MB, 4.2 kB. */
    public static String size(long bytes) {
        if (bytes >= 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        if (bytes >= 1_000) {
            return String.format(java.util.Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        return bytes + " bytes";
    }
}
