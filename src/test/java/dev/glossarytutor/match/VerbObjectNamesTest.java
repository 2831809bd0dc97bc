package dev.glossarytutor.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name of a noun and an -ing noun said as a verb and its object, on a small glossary written here. */
class VerbObjectNamesTest {
    private static SmallGlossaryMatcher matcher;

    @BeforeAll
    static void setUp() {
        matcher = new SmallGlossaryMatcher(
                Entry.of("Hypothesis testing", "Using sample data to decide between two claims about a population."),
                Entry.of("Packet switching", "Sending data in small blocks that each find their own way."),
                Entry.of("Model", "A simplified description of how data arise."));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            how do you go about testing a hypothesis | Hypothesis testing | testing a hypothesis
            why do routers keep switching packets    | Packet switching   | switching packets
            """)
    void find_verbAndItsObject_namesTheCompound(String question, String term, String spelt) {
        // WHEN the name's -ing noun is said as a verb with the name's noun as its object
        NameHit h = matcher.hit(question, term).orElseThrow();

        // THEN the name is found over the verb and its object, as surely as a name split in two
        assertThat(matcher.spelt(question, h)).isEqualTo(spelt);
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
        Optional<NameHit> h = matcher.hit(question, "Hypothesis testing");

        // THEN the name is not found over a verb and an object (the lone "testing" may still be its head noun)
        assertThat(h.map(NameHit::name)).isNotEqualTo(Optional.of("Hypothesis testing"));
    }
}
