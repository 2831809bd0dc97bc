package dev.glossarytutor.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.nlp.Analyzer;
import dev.glossarytutor.nlp.Word;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The matcher's indexes (names by first letter and first word, entries by the last word of their
 * names) find what trying every name and every entry finds, on the seed glossary.
 */
class TermMatcherIndexTest {
    private static Analyzer analyzer;
    private static Glossary glossary;
    private static TermMatcher matcher;

    @BeforeAll
    static void setUp() throws Exception {
        analyzer = new Analyzer();
        glossary = GlossaryLoader.load(Path.of("glossary", "deep-learning"));
        matcher = new TermMatcher(glossary, new GlossaryWords(analyzer));
    }

    private static List<Word> words(String text) {
        return Word.of(analyzer.analyze(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"the tanh function", "a pooling layer", "embedding layer", "cross validation",
            "max pooling", "the relu activation function", "validation set", "layer", "what is a sigmoid unit"})
    void kindsNamedBy_anyPhrase_equalsTryingEveryEntry(String phrase) {
        // GIVEN
        List<Word> words = words(phrase);
        Set<Entry> everyEntry = glossary.entries().stream().filter(e -> matcher.namesAKindOf(words, e))
                .collect(Collectors.toSet());

        // WHEN
        Set<Entry> indexed = matcher.kindsNamedBy(words);

        // THEN
        assertThat(indexed).isEqualTo(everyEntry);
    }

    @org.junit.jupiter.api.Test
    void kindsNamedBy_kindOfAnEntry_findsThatEntry() {
        // WHEN
        Set<Entry> kinds = matcher.kindsNamedBy(words("the tanh function"));

        // THEN
        assertThat(kinds).extracting(Entry::term).containsExactly("Activation function");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is overfittting and backprop     | Overfitting,Backpropagation
            whats a tensr                         | Tensor
            what is latentspace                   | Latent Space
            what is a u net                       | U-Net
            tell me about the weight decay        | ''
            """)
    void find_namesMisspeltJoinedOrSplit_foundThroughTheFirstWordIndex(String question, String terms) {
        // WHEN
        List<String> found = matcher.find(words(question)).stream().filter(h -> !h.conflict())
                .map(h -> h.entry().term()).toList();

        // THEN
        assertThat(found).containsExactlyElementsOf(terms.isEmpty() ? List.of() : List.of(terms.split(",")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TCP              | true
            CSMA/CD          | true
            ReLU             | true
            Tensor           | false
            Gradient Descent | false
            t                | false
            """)
    void isAcronym_name_tellsCapitalsFromWords(String name, boolean acronym) {
        // WHEN / THEN
        assertThat(NameForm.isAcronym(name)).isEqualTo(acronym);
    }
}
