package dev.glossarytutor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The distance reuses its rows between calls; every call still starts from a clean table. */
class SpellingDistanceTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(textBlock = """
            kitten, sitting, 3
            ab, ba, 1
            tensor, tensr, 1
            backpropagation, backpropogation, 1
            overfitting, overfittting, 1
            '', abc, 3
            abc, '', 3
            convolutionalneuralnetworkarchitectures, convolutionalneuralnetworkarchitecture, 1
            convolutionalneuralnetworkarchitectures, deconvolutionalneuralnetworkarchitectures, 2
            a, a, 0
            """)
    void distance_afterLongerAndShorterCalls_sameAsAlone(String a, String b, int expected) {
        // GIVEN rows grown by a long pair and left dirty by another
        Spelling.distance("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba");
        Spelling.distance("qwerty", "asdfgh");

        // WHEN
        int d = Spelling.distance(a, b);

        // THEN
        assertThat(d).isEqualTo(expected);
        assertThat(Spelling.distance(b, a)).isEqualTo(expected);
    }
}
