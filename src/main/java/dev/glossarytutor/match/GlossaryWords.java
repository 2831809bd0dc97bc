package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Word;
import dev.glossarytutor.nlp.Analyzer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names and definitions as words, each analysed once however many indexes are built on them
 * (the name matcher and the lexical index both read every definition). Used while building one
 * engine, on one thread.
 */
public final class GlossaryWords {
    private final Analyzer analyzer;
    private final Map<String, List<Word>> words = new HashMap<>();

    public GlossaryWords(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The words of a name or a definition, analysed on first use. */
    public List<Word> of(String text) {
        return words.computeIfAbsent(text, t -> Word.of(analyzer.analyze(t)));
    }
}
