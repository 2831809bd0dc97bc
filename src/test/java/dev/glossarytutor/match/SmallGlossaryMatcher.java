package dev.glossarytutor.match;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.nlp.Analyzer;
import dev.glossarytutor.nlp.Word;
import java.util.List;
import java.util.Optional;

/** A term matcher over a small glossary written in a test, with the real OpenNLP analyzer. */
final class SmallGlossaryMatcher {
    private final Analyzer analyzer = new Analyzer();
    private final TermMatcher matcher;

    SmallGlossaryMatcher(Entry... entries) {
        this.matcher = new TermMatcher(Glossary.of(List.of(entries)), new GlossaryWords(analyzer));
    }

    /** The hit for {@code term} among the names found in {@code text}, if any. */
    Optional<NameHit> hit(String text, String term) {
        return matcher.find(words(text)).stream().filter(h -> h.entry().term().equals(term)).findFirst();
    }

    /** The normalised words of {@code text} that {@code hit} spans, joined by spaces. */
    String spelt(String text, NameHit hit) {
        return String.join(" ", words(text).subList(hit.from(), hit.to()).stream().map(Word::norm).toList());
    }

    private List<Word> words(String text) {
        return Word.of(analyzer.analyze(text));
    }
}
