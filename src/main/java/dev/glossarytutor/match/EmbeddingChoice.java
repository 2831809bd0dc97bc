package dev.glossarytutor.match;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The in-process embedding models we can run, each with the query prefix its authors recommend.
 * The jar carries bge-small; MiniLM only when built with {@code -Pminilm}. Nothing is downloaded. bge-small is the default because it ranked
 * descriptive questions better in our measurement (see README, "Choosing the embedding model").
 */
public enum EmbeddingChoice {
    BGE_SMALL_EN_V15("bge-small-en-v1.5", "bge-small-en-v1.5-q.onnx", "Represent this sentence for searching relevant passages: ",
            new SimilarityFloors(0.62),
            () -> new SingleThreadOnnxModel("bge-small-en-v1.5", "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, 384)),
    ALL_MINILM_L6_V2("all-minilm-l6-v2", "all-minilm-l6-v2-q.onnx", "", new SimilarityFloors(0.45),
            () -> new SingleThreadOnnxModel("all-minilm-l6-v2", "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, 384));

    /** The model used unless {@code TUTOR_EMBEDDING_MODEL} says otherwise. */
    public static final EmbeddingChoice DEFAULT = BGE_SMALL_EN_V15;

    private final String id;
    private final String modelResource;
    private final String queryPrefix;
    private final Supplier<EmbeddingModel> factory;
    private final SimilarityFloors floors;

    EmbeddingChoice(String id, String modelResource, String queryPrefix, SimilarityFloors floors,
                    Supplier<EmbeddingModel> factory) {
        this.floors = floors;
        this.id = id;
        this.modelResource = modelResource;
        this.queryPrefix = queryPrefix;
        this.factory = factory;
    }

    public String id() {
        return id;
    }

    public String queryPrefix() {
        return queryPrefix;
    }

    /** How similar a description must be to be answered, on this model's scale. */
    public SimilarityFloors floors() {
        return floors;
    }

    /**
     * Checks, without loading anything, that this build can run the model here: its native
     * libraries are there for this platform and its model file is in the jar.
     *
     * @throws IllegalStateException saying in one line what is missing and how to build it in
     */
    public void requireRunnable() {
        NativeLibraries.require();
        if (EmbeddingChoice.class.getClassLoader().getResource(modelResource) == null) {
            throw new IllegalStateException("the embedding model " + id + " is not in this build"
                    + (this == DEFAULT ? "" : "; build the jar with 'mvn -Pminilm package' to include it, or unset TUTOR_EMBEDDING_MODEL"));
        }
    }

    public EmbeddingModel create() {
        return factory.get();
    }

    public static EmbeddingChoice byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown embedding model '" + id + "'; choose one of "
                        + Arrays.stream(values()).map(EmbeddingChoice::id).toList()));
    }
}
