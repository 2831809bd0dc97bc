package dev.glossarytutor.nlp;

import dev.glossarytutor.nlp.Canon;
import dev.glossarytutor.nlp.Inflection;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InflectionTest {

    @ParameterizedTest
    @CsvSource({"entries,entry", "losses,loss", "patches,patch", "boxes,box", "layers,layer", "radius,radius",
            "axis,axis", "bias,bias", "loss,loss", "gas,gas", "dogs,dog", "its,its", "ies,ies"})
    void singular_should_fold_regular_plurals_when_given_a_word(String word, String singular) {
        // GIVEN a word WHEN its singular is taken THEN regular plurals fold and -ss/-us/-is/-as stay
        assertThat(Inflection.singular(word)).isEqualTo(singular);
    }

    @ParameterizedTest
    @CsvSource({"radius", "entries", "losses", "statuses"})
    void canon_should_use_the_same_rule_when_folding_plurals(String word) {
        // GIVEN a word WHEN matching folds it THEN it folds as the one rule does
        assertThat(Canon.singular(word)).isEqualTo(Inflection.singular(word));
    }
}
