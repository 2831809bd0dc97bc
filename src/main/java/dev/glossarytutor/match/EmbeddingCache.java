package dev.glossarytutor.match;

import java.util.Collection;
import java.util.Map;

/**
 * Definition embeddings kept between runs, so a restart embeds only new or changed text. A vector
 * is found only under the model that made it (name and checksum of its bytes) and the exact text.
 * Implementations never trust what they read: a damaged or foreign store yields nothing, and the
 * vectors are made again. The cache only saves time, so its failures are logged, never thrown.
 */
public interface EmbeddingCache {
    /** Keeps nothing: every start embeds every definition. */
    EmbeddingCache NONE = new EmbeddingCache() {
        @Override
        public Map<String, float[]> find(EmbeddingModelId model, Collection<String> texts) {
            return Map.of();
        }

        @Override
        public void save(EmbeddingModelId model, Map<String, float[]> vectors) {
        }
    };

    /** The stored vectors of those of {@code texts} that {@code model} has embedded, by text. */
    Map<String, float[]> find(EmbeddingModelId model, Collection<String> texts);

    /** Stores vectors (unit length, {@code model.dimension()} long) by the text they embed. */
    void save(EmbeddingModelId model, Map<String, float[]> vectors);
}
