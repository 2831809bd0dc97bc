package dev.glossarytutor.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A name asked for by its verb, adjective or adverb ("standardize" for Standardization), on a glossary written here. */
class DerivationTest {
    private static WrittenGlossary glossary;

    @BeforeAll
    static void setUp() {
        glossary = WrittenGlossary.of(
                Entry.of("Standardization", "Rescaling a variable to mean zero and standard deviation one."),
                Entry.of("Statistical significance", "A result unlikely to arise by chance alone."),
                Entry.of("Mean", "The sum of the values divided by their count."),
                Entry.of("Modulation", "Varying a carrier wave to carry a signal."),
                Entry.of("Probability sampling", "Choosing a sample at random."),
                Entry.of("Pooling", "Summarising each patch of a feature map."),
                Entry.of("Augmentation", "Making new training examples by transforming existing ones."));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            how do I standardize a variable                | Standardization
            is this result statistically significant       | Statistical significance
            the radio modulates the carrier                | Modulation
            what is a probability sample                   | Probability sampling
            we need to augment the training data           | Augmentation
            """)
    void find_derivedFormOfAName_findsTheNameLessSurelyThanItsSpelling(String text, String term) {
        // WHEN a student uses the verb, adjective or adverb of a name
        List<NameHit> found = glossary.find(text);

        // THEN the name is found, scored below an inflection of it (as sure as one typo)
        assertThat(found).filteredOn(h -> h.entry().term().equals(term)).singleElement()
                .satisfies(h -> assertThat(h.score()).isLessThan(0.95).isGreaterThan(0.8));
    }

    @Test
    void match_ingNounOfANameNounInsideALongerName_namesTheLongerNameToo() {
        // GIVEN a glossary with a name of several words ending in a noun, and that noun's -ing noun alone
        WrittenGlossary sampling = WrittenGlossary.of(
                Entry.of("Convenience sample", "A sample of whoever is easiest to reach."),
                Entry.of("Sampling", "Choosing the members of a sample."));

        // WHEN a student asks with the -ing noun inside the longer name, and with it alone
        List<NameHit> inside = sampling.named("what is convenience sampling");
        List<String> alone = sampling.termsNamed("what is sampling");

        // THEN inside a longer name it stands for the name's noun, as surely as one typo; alone it is only itself
        assertThat(inside).filteredOn(h -> h.entry().term().equals("Convenience sample")).singleElement()
                .satisfies(h -> assertThat(h.length()).isEqualTo(2))
                .satisfies(h -> assertThat(h.score()).isLessThan(0.95).isGreaterThan(0.8));
        assertThat(alone).containsExactly("Sampling");
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is the meaning of this", "what is a standard score", "how do I modulo a number",
        "what is a pool"})
    void find_nounOrBaseWordSharingAStem_isNoName(String text) {
        // WHEN a noun ("meaning") or a word without a suffix ("standard") shares a stem with a name, or a noun
        // is alone where the name is its -ing noun ("pool" for Pooling: that reading holds only inside longer names)
        List<NameHit> found = glossary.find(text);

        // THEN it names nothing: only a derived verb, adjective or adverb stands for a name
        assertThat(found).isEmpty();
    }
}
