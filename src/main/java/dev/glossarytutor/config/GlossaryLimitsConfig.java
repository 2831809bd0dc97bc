package dev.glossarytutor.config;

import dev.glossarytutor.glossary.GlossaryLimits;
import java.time.Duration;

/**
 * The glossary limits from the environment: {@code TUTOR_GLOSSARY_MAX_BYTES} (default 5,000,000),
 * {@code TUTOR_GLOSSARY_MAX_TERMS} (default 5,000) and {@code TUTOR_GLOSSARY_RELOAD_SECONDS} (default 300).
 */
public final class GlossaryLimitsConfig {
    private GlossaryLimitsConfig() {
    }

    public static GlossaryLimits from(Env env) {
        GlossaryLimits d = GlossaryLimits.DEFAULT;
        long maxBytes = d.maxBytes();
        var raw = env.get("TUTOR_GLOSSARY_MAX_BYTES");
        if (raw.isPresent()) {
            try {
                maxBytes = Long.parseLong(raw.get().strip());
            } catch (NumberFormatException e) {
                throw new ConfigException("TUTOR_GLOSSARY_MAX_BYTES must be a whole number of bytes, got '" + raw.get() + "'");
            }
            if (maxBytes < 1) {
                throw new ConfigException("TUTOR_GLOSSARY_MAX_BYTES must be at least 1, got " + maxBytes);
            }
        }
        int maxTerms = env.getInt("TUTOR_GLOSSARY_MAX_TERMS", d.maxTerms(), 1, Integer.MAX_VALUE);
        int seconds = env.getInt("TUTOR_GLOSSARY_RELOAD_SECONDS", (int) d.reloadTimeout().toSeconds(), 1, 86_400);
        return new GlossaryLimits(maxBytes, maxTerms, Duration.ofSeconds(seconds));
    }
}
