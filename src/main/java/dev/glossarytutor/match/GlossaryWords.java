package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Word;
import dev.glossarytutor.nlp.Analyzer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names and definitions as words, each analysed once however many indexes are built on them
 * (the name matcher and the lexical index both read every definition). Used while building one
 * engine; {@link #analyseAll} spreads the analysis over the cores first.
 */
public final class GlossaryWords {
    private final Analyzer analyzer;
    private final Map<String, List<Word>> words = new ConcurrentHashMap<>();

    public GlossaryWords(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Analyses {@code texts} now, in parallel (the analyzer keeps its tools per thread): on a start
     * whose embeddings come from disk, the analysis is what names wait for, and it was on one core.
     */
    public void analyseAll(Collection<String> texts) {
        texts.parallelStream().distinct().filter(t -> !words.containsKey(t))
                .forEach(t -> words.putIfAbsent(t, Word.of(analyzer.analyze(t))));
    }

    /** The words of a name or a definition, analysed on first use. */
    public List<Word> of(String text) {
        return words.computeIfAbsent(text, t -> Word.of(analyzer.analyze(t)));
    }
}
