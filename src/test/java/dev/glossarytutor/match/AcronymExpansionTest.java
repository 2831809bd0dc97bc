package dev.glossarytutor.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.nlp.Analyzer;
import dev.glossarytutor.nlp.Word;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A name's acronym asked with the words it stands for spelt out, on a glossary written here. */
class AcronymExpansionTest {
    private static Analyzer analyzer;
    private static TermMatcher matcher;

    @BeforeAll
    static void setUp() throws Exception {
        analyzer = new Analyzer();
        Glossary g = Glossary.of(List.of(
                Entry.of("OSI model", "A seven-layer model of network communication."),
                Entry.of("Virtual LAN", "A logical network carved out of a physical one."),
                Entry.of("Standard error of the proportion", "How much a sample proportion varies."),
                Entry.of("Standard error", "How much an estimate varies.")));
        matcher = new TermMatcher(g, new GlossaryWords(analyzer));
    }

    /** Every entry named, overlapping or not: which of them was asked about is the scorer's to weigh. */
    private static List<String> found(String text) {
        return matcher.match(Word.of(analyzer.analyze(text))).perEntry().stream().map(h -> h.entry().term()).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what's the open systems interconnection model   | OSI model
            what is a virtual local area network            | Virtual LAN
            SE of the proportion?                           | Standard error of the proportion
            """)
    void find_acronymSpeltOut_findsTheName(String text, String term) {
        // WHEN the words an acronym of a name stands for are written instead of it, or a name's first words
        // are written as their initials
        List<String> terms = found(text);

        // THEN the name is found
        assertThat(terms).contains(term);
    }

    @ParameterizedTest
    @ValueSource(strings = {"is the open source model good", "one small issue model", "open systems model"})
    void find_wordsThatDoNotSpellTheAcronym_areNoName(String text) {
        // WHEN the initials differ, a function word stands among them, or there are too few words
        List<String> terms = found(text);

        // THEN no name is found
        assertThat(terms).doesNotContain("OSI model");
    }
}
