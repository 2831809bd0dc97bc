package dev.glossarytutor.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A word's forms: a small immutable set in the order given, and what {@link Word#sameAs} reads from it. */
class WordFormsTest {

    private static Word word(String norm, String canon, String... forms) {
        return new Word(norm, canon, new LinkedHashSet<>(List.of(forms)), 0, "NOUN");
    }

    @Test
    void forms_repeatedForms_keptOnceInTheOrderGiven() {
        // WHEN
        Word w = word("biases", "bias", "biases", "bias", "biases", "bia");

        // THEN
        assertThat(w.forms()).containsExactly("biases", "bias", "bia");
        assertThat(w.forms()).isEqualTo(Set.of("bia", "bias", "biases"));
    }

    @Test
    void forms_changedOrNull_refused() {
        // GIVEN
        Word w = word("kernels", "kernel", "kernels", "kernel");

        // WHEN / THEN
        assertThatThrownBy(() -> w.forms().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Word("a", "a", new LinkedHashSet<>(Arrays.asList("a", null)), 0, "NOUN"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void canonForms_numberUpToTen_spansDigitsWordsAndRomanNumerals() {
        // WHEN
        Set<String> digit = Canon.forms("2", null);
        Set<String> word = Canon.forms("two", null);
        Set<String> roman = Canon.forms("ii", null);
        Set<String> eleven = Canon.forms("11", null);

        // THEN "2 sample test" spells "Two-sample test", "type two error" spells "Type II error"
        assertThat(digit).contains("2", "two", "ii");
        assertThat(word).contains("two", "2", "ii");
        assertThat(roman).contains("ii", "2");
        assertThat(eleven).containsExactly("11");
    }

    @Test
    void sameAs_sharedFormOrCanon_true_elseFalse() {
        // GIVEN
        Word regularisation = word("regularisation", "regularization", "regularisation", "regularization");
        Word regularized = word("regularized", "regularized", "regularized", "regularize", "regularization");
        Word tensor = word("tensor", "tensor", "tensor");
        Word tensors = word("tensors", "tensor", "tensors");

        // WHEN / THEN
        assertThat(regularisation.sameAs(regularized)).isTrue();
        assertThat(regularized.sameAs(regularisation)).isTrue();
        assertThat(tensor.sameAs(tensors)).isTrue();
        assertThat(tensor.sameAs(regularized)).isFalse();
    }

    @Test
    void equals_sameWordsWithFormsInAnotherOrder_equal() {
        // WHEN
        Word a = word("bias", "bias", "bias", "biases");
        Word b = word("bias", "bias", "biases", "bias");

        // THEN
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }
}
