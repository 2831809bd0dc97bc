package dev.glossarytutor.match;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.nlp.Analyzer;
import dev.glossarytutor.nlp.Word;
import java.util.List;

/** A name matcher over a few entries a test writes, reading messages with the real English models. */
final class WrittenGlossary {
    private final Analyzer analyzer;
    private final TermMatcher matcher;

    private WrittenGlossary(Analyzer analyzer, TermMatcher matcher) {
        this.analyzer = analyzer;
        this.matcher = matcher;
    }

    static WrittenGlossary of(Entry... entries) {
        Analyzer analyzer = new Analyzer();
        return new WrittenGlossary(analyzer, new TermMatcher(Glossary.of(List.of(entries)), new GlossaryWords(analyzer)));
    }

    /** The best non-overlapping name matches in {@code text} ({@link TermMatcher#find}). */
    List<NameHit> find(String text) {
        return matcher.find(words(text));
    }

    /** The terms of {@link #find}. */
    List<String> termsFound(String text) {
        return find(text).stream().map(h -> h.entry().term()).toList();
    }

    /** Every entry's best name hit in {@code text}, overlapping or not: which was asked about is the scorer's to weigh. */
    List<NameHit> named(String text) {
        return matcher.match(words(text)).perEntry();
    }

    /** The terms of {@link #named}. */
    List<String> termsNamed(String text) {
        return named(text).stream().map(h -> h.entry().term()).toList();
    }

    private List<Word> words(String text) {
        return Word.of(analyzer.analyze(text));
    }
}
