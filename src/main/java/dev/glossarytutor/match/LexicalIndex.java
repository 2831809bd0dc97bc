package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Word;
import dev.glossarytutor.nlp.Canon;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * BM25 over each entry's names and definition, on Snowball (Porter2) stems of US spellings, so
 * "flipped", "flipping" and "flip" count as one word, as do "minimise" and "minimized". Catches descriptions
 * that reuse the definition's own words ("fitting to a continuous variable").
 */
public final class LexicalIndex {
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** Stemmers keep state between calls; one per thread. */
    private static final ThreadLocal<SnowballStemmer> STEMMER =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

    private final List<Entry> entries;
    /** Per stem: the entries that use it, ascending, and how often each does (a question visits only those). */
    private final Map<String, Postings> postings = new HashMap<>();
    private final int[] lengths;
    private final double averageLength;

    private record Postings(int[] entries, int[] frequencies) {
    }

    public LexicalIndex(Glossary glossary, GlossaryWords analysed) {
        this.entries = glossary.entries();
        this.lengths = new int[entries.size()];
        double total = 0;
        Map<String, List<int[]>> uses = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Map<String, Integer> tf = new HashMap<>();
            for (Word w : analysed.of(e.definition())) {
                if (!StopWords.WORDS.contains(w.norm())) {
                    tf.merge(stem(w), 1, Integer::sum);
                }
            }
            // Each word of the term and its aliases counts once: five aliases that all say "class"
            // must not make the entry the best match for every question that mentions a class.
            // Hidden variants are misspellings, not vocabulary.
            Set<String> nameStems = new HashSet<>();
            for (String name : e.shownNames()) {
                for (Word w : analysed.of(name)) {
                    if (!StopWords.WORDS.contains(w.norm())) {
                        nameStems.add(stem(w));
                    }
                }
            }
            nameStems.forEach(t -> tf.merge(t, 1, Integer::sum));
            int entry = i;
            tf.forEach((t, f) -> uses.computeIfAbsent(t, k -> new ArrayList<>()).add(new int[] {entry, f}));
            lengths[i] = tf.values().stream().mapToInt(Integer::intValue).sum();
            total += lengths[i];
        }
        uses.forEach((t, list) -> postings.put(t, new Postings(list.stream().mapToInt(u -> u[0]).toArray(),
                list.stream().mapToInt(u -> u[1]).toArray())));
        this.averageLength = entries.isEmpty() ? 1 : total / entries.size();
    }

    /** BM25 score of every entry with a positive score. */
    public Map<Entry, Double> score(List<Word> query) {
        Map<Entry, Double> scores = new LinkedHashMap<>();
        int n = entries.size();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Word w : query) {
            if (StopWords.WORDS.contains(w.norm())) {
                continue;
            }
            String t = stem(w);
            if (!seen.add(t)) {
                continue; // a word repeated in the question counts once
            }
            Postings p = postings.get(t);
            if (p == null) {
                continue;
            }
            int df = p.entries().length;
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            for (int k = 0; k < df; k++) {
                int i = p.entries()[k];
                int f = p.frequencies()[k];
                double s = idf * f * (K1 + 1) / (f + K1 * (1 - B + B * lengths[i] / averageLength));
                scores.merge(entries.get(i), s, Double::sum);
            }
        }
        return scores;
    }

    static String stem(Word w) {
        return STEMS.get(w.norm(), word -> STEMMER.get().stem(Canon.usSpelling(word)).toString());
    }

    /** Stems by word: a course's vocabulary is small, and stemming showed up in profiles. */
    private static final com.github.benmanes.caffeine.cache.Cache<String, String> STEMS =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(50_000).build();
}
