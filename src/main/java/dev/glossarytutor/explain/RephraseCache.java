package dev.glossarytutor.explain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Accepted rephrasings, so asking again costs no LLM call. Bounded in size and in age: an old
 * rephrasing is asked for afresh, which also lets a better model's text take its place.
 */
final class RephraseCache {
    /**
     * What a rephrasing depends on. The definition is part of the key, so a definition edited in
     * a glossary reload is never explained with the old text's rephrasing.
     */
    record Key(String term, String definition, Style style, LanguageTag language, String model, String templateHash) {
        Key {
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(definition, "definition");
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(templateHash, "templateHash");
        }
    }

    private final Cache<Key, String> cache;

    RephraseCache(long maxEntries, Duration timeToLive, Ticker ticker) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("timeToLive must be positive: " + timeToLive);
        }
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfterWrite(timeToLive)
                .ticker(Objects.requireNonNull(ticker, "ticker"))
                .build();
    }

    Optional<String> get(Key key) {
        return Optional.ofNullable(cache.getIfPresent(key));
    }

    void put(Key key, String rephrasing) {
        cache.put(key, rephrasing);
    }

    void clear() {
        cache.invalidateAll();
    }
}
