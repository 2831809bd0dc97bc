package dev.glossarytutor.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnownWordsTest {

    @ParameterizedTest(name = "{0} known: {1}")
    @CsvSource({
            "polling, true",
            "equivalence, true",
            "kernel, true",
            "overfiting, false",
            "tensr, false",
            "backpropagaton, false",
            "##ing, false",
            "at, false"})
    void contains_wholeEnglishWordsOnly(String word, boolean known) {
        // WHEN / THEN: words of the shipped vocabulary count, misspellings and word pieces do not
        assertThat(KnownWords.contains(word)).isEqualTo(known);
    }
}
