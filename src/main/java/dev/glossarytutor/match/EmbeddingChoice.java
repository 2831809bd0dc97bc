package dev.glossarytutor.match;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The in-process embedding models we can run, each with the query prefix its authors recommend.
 * Both ship inside the jar; nothing is downloaded. bge-small is the default because it ranked
 * descriptive questions better in our measurement (see README, "Choosing the embedding model").
 */
public enum EmbeddingChoice {
    BGE_SMALL_EN_V15("bge-small-en-v1.5", "Represent this sentence for searching relevant passages: ",
            new SimilarityFloors(0.62, 0.66),
            () -> new SingleThreadOnnxModel("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS, 384)),
    ALL_MINILM_L6_V2("all-minilm-l6-v2", "", new SimilarityFloors(0.45, 0.50),
            () -> new SingleThreadOnnxModel("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN, 384));

    /** The model used unless {@code TUTOR_EMBEDDING_MODEL} says otherwise. */
    public static final EmbeddingChoice DEFAULT = BGE_SMALL_EN_V15;

    private final String id;
    private final String queryPrefix;
    private final Supplier<EmbeddingModel> factory;
    private final SimilarityFloors floors;

    EmbeddingChoice(String id, String queryPrefix, SimilarityFloors floors, Supplier<EmbeddingModel> factory) {
        this.floors = floors;
        this.id = id;
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
