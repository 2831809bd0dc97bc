package dev.glossarytutor.answer;

import dev.glossarytutor.match.EmbeddingChoice;
import dev.glossarytutor.nlp.Analyzer;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.EnumMap;
import java.util.Map;

/**
 * The models are large and read-only, so one instance of each serves every tutor in the process
 * (tests build many tutors; a reload builds a new engine but keeps the models).
 */
final class SharedModels {
    private static final Object ANALYZER_LOCK = new Object();
    private static Analyzer analyzer;
    /** Guarded by itself, not by the class, so the two kinds of model can load at the same time. */
    private static final Map<EmbeddingChoice, EmbeddingModel> EMBEDDINGS = new EnumMap<>(EmbeddingChoice.class);

    private SharedModels() {
    }

    static Analyzer analyzer() {
        synchronized (ANALYZER_LOCK) {
            if (analyzer == null) {
                analyzer = new Analyzer();
            }
            return analyzer;
        }
    }

    static EmbeddingModel embeddings(EmbeddingChoice choice) {
        synchronized (EMBEDDINGS) {
            return EMBEDDINGS.computeIfAbsent(choice, EmbeddingChoice::create);
        }
    }
}
