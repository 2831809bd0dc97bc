package dev.glossarytutor.match;

import dev.glossarytutor.nlp.Word;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.Source;
import dev.glossarytutor.nlp.Analyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LexicalIndexTest {
    private static Analyzer analyzer;

    @BeforeAll
    static void setUp() {
        analyzer = new Analyzer();
    }

    private static Entry entry(String term, List<String> aliases, List<String> hidden, String definition) {
        return new Entry(term, aliases, hidden, List.of(), List.of(), List.of(), definition, Source.UNKNOWN);
    }

    private static Map<Entry, Double> score(Glossary glossary, String query) {
        LexicalIndex index = new LexicalIndex(glossary, new GlossaryWords(analyzer));
        return index.score(Word.of(analyzer.analyze(query)));
    }

    @Test
    void score_stemsOfDefinitionWords_matchInflectedQueryWords() {
        // GIVEN
        Entry epoch = entry("Epoch", List.of(), List.of(), "A full pass over the training set.");
        Entry kernel = entry("Kernel", List.of(), List.of(), "Weights that slide over an image.");

        // WHEN
        Map<Entry, Double> scores = score(Glossary.of(List.of(epoch, kernel)), "passes over images");

        // THEN each entry is found by its own definition's words
        assertThat(scores).containsKeys(epoch, kernel);
        assertThat(score(Glossary.of(List.of(epoch, kernel)), "training passes"))
                .containsOnlyKeys(epoch);
    }

    @Test
    void score_aliasesRepeatingAWord_countItOnce() {
        // GIVEN the same entry twice: with one alias, and with a second alias that repeats "class"
        String definition = "Problem where one class is rare.";
        Entry oneAlias = entry("Class imbalance", List.of("class skew"), List.of(), definition);
        Entry twoAliases = entry("Class imbalance", List.of("class skew", "skewed classes"), List.of(), definition);
        Entry logits = entry("Logits", List.of("raw scores"), List.of(), "Scores for each class.");

        // WHEN a question mentions a class
        double withOne = score(Glossary.of(List.of(oneAlias, logits)), "class").get(oneAlias);
        double withTwo = score(Glossary.of(List.of(twoAliases, logits)), "class").get(twoAliases);

        // THEN the names add the word once however many aliases say it
        assertThat(withTwo).isEqualTo(withOne);
    }

    @Test
    void score_hiddenMisspellings_areNotVocabulary() {
        // GIVEN an entry whose only mention of "ovrfitting" is a hidden misspelling
        Entry overfitting = entry("Overfitting", List.of(), List.of("ovrfitting"), "Matching the training data too closely.");

        // WHEN the misspelling is the query
        Map<Entry, Double> scores = score(Glossary.of(List.of(overfitting)), "ovrfitting");

        // THEN it scores nothing: typos are the name matcher's job, not the word index's
        assertThat(scores).isEmpty();
    }
}
