package dev.glossarytutor.match;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.Objects;
import java.util.Optional;

/**
 * Which model made a vector: its name, a checksum of its ONNX bytes (a model file swapped under
 * the same name makes other vectors) and the vectors' length.
 */
public record EmbeddingModelId(String name, String checksum, int dimension) {
    public EmbeddingModelId {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(checksum, "checksum");
        if (dimension <= 0) {
            throw new IllegalArgumentException("dimension must be positive, got " + dimension);
        }
    }

    /** The identity of one of our built-in models; empty for any other model (its vectors are not stored). */
    public static Optional<EmbeddingModelId> of(EmbeddingModel model) {
        return model instanceof SingleThreadOnnxModel onnx ? Optional.of(onnx.id()) : Optional.empty();
    }
}
