package dev.glossarytutor.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names of several words written with clipped words ("std dev", "desc stats"), on a glossary written here. */
class ClippingTest {
    private static WrittenGlossary glossary;

    @BeforeAll
    static void setUp() {
        glossary = WrittenGlossary.of(
                Entry.of("Standard deviation", "How far values typically lie from their mean."),
                Entry.of("Descriptive statistics", "Numbers that summarise a data set."),
                Entry.of("Central Limit Theorem", "Means of large samples are close to normally distributed."),
                Entry.of("Statistic", "A number computed from a sample."));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            what is std dev                   | Standard deviation
            what are desc stats               | Descriptive statistics
            explain the central limit thm     | Central Limit Theorem
            """)
    void find_everyWordInFullOrClipped_findsTheNameLessSurelyThanItsSpelling(String text, String term) {
        // WHEN each word of a name of several words is written in full, by its start, or by its consonants
        List<NameHit> found = glossary.find(text);

        // THEN the name is found, as surely as one typo
        assertThat(found).filteredOn(h -> h.entry().term().equals(term)).singleElement()
                .satisfies(h -> assertThat(h.score()).isLessThan(0.95).isGreaterThan(0.8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"what is a stat", "what is st dev", "the std library", "standard devices"})
    void find_loneClippedWordTooShortOrWrongWords_isNoName(String text) {
        // WHEN a single word is clipped, a clipping has fewer than three letters, or a word is not the name's
        List<NameHit> found = glossary.find(text);

        // THEN no name is found by clipping
        assertThat(found).isEmpty();
    }
}
