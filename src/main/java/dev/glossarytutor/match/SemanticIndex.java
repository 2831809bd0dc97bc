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
    /** The entries with a definition, in glossary order, and where each is in that list. */
    private final List<Entry> entries = new ArrayList<>();
    private final Map<Entry, Integer> entryIndex = new HashMap<>();
    private final List<float[]> chunkVectors = new ArrayList<>();
    /** Per chunk: its entry's index in {@link #entries}. */
    private int[] chunkEntries;
    /** Per chunk: true when it is its entry's whole definition (the entry's first chunk). */
    private boolean[] wholeChunk;
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
        this.chunkEntries = new int[segments.size()];
        this.wholeChunk = new boolean[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            float[] v = vectors.get(segments.get(i), text -> normalized(model.embed(text).content().vector()));
            Entry owner = owners.get(i);
            Integer at = entryIndex.get(owner);
            if (at == null) {
                at = entries.size();
                entries.add(owner);
                entryIndex.put(owner, at);
            }
            chunkEntries[i] = at;
            chunkVectors.add(v);
            wholeChunk[i] = !entryVectors.containsKey(owner);
            entryVectors.putIfAbsent(owner, v); // the first chunk is the whole definition
        }
    }

    /** The query's similarity to every entry's best definition chunk and to its whole definition, from one embedding. */
    public Similarities similarities(String query) {
        float[] q = normalized(model.embed(queryPrefix + query).content().vector());
        double[] best = new double[entries.size()];
        double[] whole = new double[entries.size()];
        boolean[] seen = new boolean[entries.size()];
        for (int i = 0; i < chunkVectors.size(); i++) {
            double similarity = dot(q, chunkVectors.get(i));
            int e = chunkEntries[i];
            best[e] = seen[e] ? Math.max(best[e], similarity) : similarity;
            seen[e] = true;
            if (wholeChunk[i]) {
                whole[e] = similarity; // one pass: the whole definition is a chunk too
            }
        }
        return new Similarities(entries, entryIndex, best, whole);
    }

    /**
     * The query's similarity to each entry's best definition chunk and to its whole definition,
     * by entry index, in glossary order; looked up by entry only for the few candidates.
     */
    public static final class Similarities {
        private static final Similarities NONE = new Similarities(List.of(), Map.of(), new double[0], new double[0]);
        private final List<Entry> entries;
        private final Map<Entry, Integer> index;
        private final double[] definitions;
        private final double[] wholeDefinitions;

        private Similarities(List<Entry> entries, Map<Entry, Integer> index, double[] definitions, double[] wholeDefinitions) {
            this.entries = entries;
            this.index = index;
            this.definitions = definitions;
            this.wholeDefinitions = wholeDefinitions;
        }

        /** No similarities: a question that is not compared by meaning. */
        public static Similarities none() {
            return NONE;
        }

        /** The entry's best definition chunk's cosine similarity to the query; 0 when it has none. */
        public double definition(Entry entry) {
            Integer i = index.get(entry);
            return i == null ? 0.0 : definitions[i];
        }

        /** The entry's whole definition's cosine similarity to the query; 0 when it has none. */
        public double wholeDefinition(Entry entry) {
            Integer i = index.get(entry);
            return i == null ? 0.0 : wholeDefinitions[i];
        }

        /** The highest {@link #definition} of all entries; 0 when there are none. */
        public double best() {
            if (definitions.length == 0) {
                return 0;
            }
            double best = definitions[0];
            for (int i = 1; i < definitions.length; i++) {
                best = Math.max(best, definitions[i]);
            }
            return best;
        }

        /**
         * The {@code limit} entries with the highest {@link #definition}, highest first, equal ones
         * in glossary order, without sorting every entry.
         */
        public List<Entry> nearest(int limit) {
            int[] top = new int[limit + 1];
            int size = 0;
            for (int i = 0; i < definitions.length && limit > 0; i++) {
                double v = definitions[i];
                if (size == limit && Double.compare(v, definitions[top[limit - 1]]) <= 0) {
                    continue;
                }
                int at = size;
                while (at > 0 && Double.compare(definitions[top[at - 1]], v) < 0) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = i;
                size = Math.min(size + 1, limit);
            }
            List<Entry> out = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                out.add(entries.get(top[k]));
            }
            return out;
        }
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
