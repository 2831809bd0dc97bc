package dev.glossarytutor.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name of a modifier and a noun said as the modifier's noun, "of" and the name's noun, on a small glossary written here. */
class NominalisedNamesTest {
    private static SmallGlossaryMatcher matcher;

    @BeforeAll
    static void setUp() {
        matcher = new SmallGlossaryMatcher(
                Entry.of("Independent events", "Two events whose outcomes do not affect each other."),
                Entry.of("Normal distribution", "A bell-shaped distribution symmetric about its mean."),
                Entry.of("Events", "Sets of outcomes of a random experiment."));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what does independence of two events mean | Independent events  | independence of two events
            what is the normality of a distribution   | Normal distribution | normality of a distribution
            """)
    void find_modifiersNounOfTheNamesNoun_namesTheCompound(String question, String term, String spelt) {
        // WHEN the name's modifier is said as its noun ("independence"), with "of" and the name's noun after it
        NameHit h = matcher.hit(question, term).orElseThrow();

        // THEN the name is found over those words, as surely as a name split in two
        assertThat(matcher.spelt(question, h)).isEqualTo(spelt);
        assertThat(h.score()).isLessThan(1.0).isGreaterThan(0.9);
        assertThat(h.conflict()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            what does independence of two samples mean
            independence, of events
            the independence of events data
            """)
    void find_otherNounPunctuationOrANounAfter_namesNoCompound(String question) {
        // WHEN "of" is followed by another noun, punctuation parts the words, or the noun modifies another noun
        Optional<NameHit> h = matcher.hit(question, "Independent events");

        // THEN the name is not found over a nominalised modifier and "of"
        assertThat(h).isEmpty();
    }
}
