package dev.glossarytutor.match;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import com.github.benmanes.caffeine.cache.Cache;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings of every definition (whole, and sentence by sentence), for questions that describe
 * a term without naming it. An entry's score is its best chunk's cosine similarity.
 */
public final class SemanticIndex {
    private static final Logger log = LoggerFactory.getLogger(SemanticIndex.class);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(“\"])");

    private final EmbeddingModel model;
    private final String queryPrefix;
    private final List<Entry> chunkEntries = new ArrayList<>();
    private final List<float[]> chunkVectors = new ArrayList<>();
    /** Per chunk: true when it is its entry's whole definition (the entry's first chunk). */
    private final List<Boolean> wholeChunk = new ArrayList<>();
    private final Map<Entry, float[]> entryVectors = new HashMap<>();

    /** Texts embedded per call to the model, and so per write to the stored cache. */
    private static final int BATCH = 256;

    /**
     * @param vectors embeddings already computed for a text; a reload re-embeds only what changed,
     *                so an instructor's reload takes milliseconds instead of seconds
     * @param stored  embeddings kept between runs: a restart embeds only new or changed text
     */
    public SemanticIndex(Glossary glossary, EmbeddingModel model, String queryPrefix, Cache<String, float[]> vectors,
                         EmbeddingCache stored) {
        this.model = model;
        this.queryPrefix = queryPrefix;
        List<String> segments = new ArrayList<>();
        List<Entry> owners = new ArrayList<>();
        // Definitions alone: prefixing the term name or adding a name chunk measured no better
        // (see README, "Choosing the embedding model").
        for (Entry e : glossary.entries()) {
            segments.add(e.definition());
            owners.add(e);
            String[] sentences = SENTENCE_END.split(e.definition());
            if (sentences.length > 1) {
                for (String s : sentences) {
                    segments.add(s);
                    owners.add(e);
                }
            }
        }
        List<String> missing = segments.stream().filter(s -> vectors.getIfPresent(s) == null).distinct().toList();
        Optional<EmbeddingModelId> id = EmbeddingModelId.of(model);
        if (!missing.isEmpty() && id.isPresent()) {
            Map<String, float[]> found = stored.find(id.get(), missing);
            vectors.putAll(found);
            missing = missing.stream().filter(s -> !found.containsKey(s)).toList();
            log.info("Definition embeddings: {} found on disk, {} to embed", found.size(), missing.size());
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<Embedding> embedded = model.embedAll(batch.stream().map(TextSegment::from).toList()).content();
            Map<String, float[]> made = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                made.put(batch.get(i), normalized(embedded.get(i).vector()));
            }
            vectors.putAll(made);
            id.ifPresent(key -> stored.save(key, made));
        }
        for (int i = 0; i < segments.size(); i++) {
            float[] v = vectors.get(segments.get(i), text -> normalized(model.embed(text).content().vector()));
            chunkEntries.add(owners.get(i));
            chunkVectors.add(v);
            wholeChunk.add(!entryVectors.containsKey(owners.get(i)));
            entryVectors.putIfAbsent(owners.get(i), v); // the first chunk is the whole definition
        }
    }

    /** The query's similarity to every entry's best definition chunk and to its whole definition, from one embedding. */
    public Similarities similarities(String query) {
        float[] q = normalized(model.embed(queryPrefix + query).content().vector());
        Map<Entry, Double> definitions = new LinkedHashMap<>();
        Map<Entry, Double> whole = new HashMap<>();
        for (int i = 0; i < chunkVectors.size(); i++) {
            double similarity = dot(q, chunkVectors.get(i));
            definitions.merge(chunkEntries.get(i), similarity, Math::max);
            if (wholeChunk.get(i)) {
                whole.put(chunkEntries.get(i), similarity); // one pass: the whole definition is a chunk too
            }
        }
        return new Similarities(definitions, whole);
    }

    /**
     * @param definitions      each entry's best definition chunk's cosine similarity to the query
     * @param wholeDefinitions each entry's whole definition's cosine similarity to the query
     */
    public record Similarities(Map<Entry, Double> definitions, Map<Entry, Double> wholeDefinitions) {
    }

    /** Entries whose whole definitions are most similar to {@code entry}'s, nearest first. */
    public List<Entry> neighbours(Entry entry, int limit) {
        float[] v = entryVectors.get(entry);
        if (v == null) {
            return List.of();
        }
        return entryVectors.entrySet().stream()
                .filter(e -> !e.getKey().equals(entry))
                .sorted((a, b) -> Double.compare(dot(v, b.getValue()), dot(v, a.getValue())))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / (norm == 0 ? 1 : norm));
        }
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
