package dev.glossarytutor.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers are matched exactly, never as typos; and the separators around the words of a text. */
class SpellingNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"2", "443", "ii", "iii", "iv", "x10"})
    void isNumber_digitsOrRomanNumeral_true(String word) {
        // WHEN / THEN ("x10" is not all digits, so it must be a roman numeral, and is not)
        assertThat(Spelling.isNumber(word)).isEqualTo(!word.equals("x10"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i", "v", "x", "mix", "type", "", "civil"})
    void isNumber_lettersAndWords_false(String word) {
        // WHEN / THEN one letter is a letter or a word ("I", "v" for versus) before it is a numeral
        assertThat(Spelling.isNumber(word)).isFalse();
    }

    @Test
    void isTypoOf_otherDigits_false() {
        // WHEN / THEN a one-letter slip is a typo, another number is not
        assertThat(Spelling.isTypoOf("layr2switch", "layer2switch")).isTrue();
        assertThat(Spelling.isTypoOf("layer3switch", "layer2switch")).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            log-        ; _ -
            non-linear  ; _ - _
            don't       ; _ _
            (TCP/IP)    ; ( / )
            """)
    void separators_text_runsAroundAndBetweenTheWords(String text, String expected) {
        // WHEN / THEN ("_" stands for an empty run)
        assertThat(Spelling.separators(text)).containsExactly(expected.replace("_", "").split(" ", -1));
    }

    @Test
    void separators_noWord_empty() {
        // WHEN / THEN
        assertThat(Spelling.separators("--")).isEmpty();
    }
}
