package dev.glossarytutor.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.nlp.Analyzer;
import dev.glossarytutor.nlp.Word;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name of a noun and an -ing noun said as a verb and its object, on a small glossary written here. */
class VerbObjectNamesTest {
    private static Analyzer analyzer;
    private static TermMatcher matcher;

    @BeforeAll
    static void setUp() {
        analyzer = new Analyzer();
        Glossary g = Glossary.of(List.of(
                Entry.of("Hypothesis testing", "Using sample data to decide between two claims about a population."),
                Entry.of("Packet switching", "Sending data in small blocks that each find their own way."),
                Entry.of("Model", "A simplified description of how data arise.")));
        matcher = new TermMatcher(g, new GlossaryWords(analyzer));
    }

    private static Optional<NameHit> hit(String text, String term) {
        List<Word> words = Word.of(analyzer.analyze(text));
        return matcher.find(words).stream().filter(h -> h.entry().term().equals(term)).findFirst();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            how do you go about testing a hypothesis | Hypothesis testing | testing a hypothesis
            why do routers keep switching packets    | Packet switching   | switching packets
            """)
    void find_verbAndItsObject_namesTheCompound(String question, String term, String spelt) {
        // WHEN the name's -ing noun is said as a verb with the name's noun as its object
        NameHit h = hit(question, term).orElseThrow();

        // THEN the name is found over the verb and its object, as surely as a name split in two
        List<Word> words = Word.of(analyzer.analyze(question));
        assertThat(String.join(" ", words.subList(h.from(), h.to()).stream().map(Word::norm).toList())).isEqualTo(spelt);
        assertThat(h.score()).isLessThan(1.0).isGreaterThan(0.9);
        assertThat(h.conflict()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            how do you go about testing the model
            we were testing, hypothesis by hypothesis
            """)
    void find_otherObjectOrPunctuationBetween_namesNoCompound(String question) {
        // WHEN the verb has another object, or punctuation parts the verb from the name's noun
        Optional<NameHit> h = hit(question, "Hypothesis testing");

        // THEN the name is not found over a verb and an object (the lone "testing" may still be its head noun)
        assertThat(h.map(NameHit::name)).isNotEqualTo(Optional.of("Hypothesis testing"));
    }
}
