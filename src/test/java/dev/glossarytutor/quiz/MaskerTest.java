package dev.glossarytutor.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.nlp.Spelling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskerTest {
    private final Glossary glossary = TestGlossary.get();

    private String mask(String term, String text) {
        return Masker.forEntry(glossary.get(term), glossary).mask(text);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Pooling        | Pooling layers are a type of downsampling layers | ___ are a type of ___
            Pooling        | The most typical pooling is max pooling          | The most typical ___ is ___
            Differentiable | Differentiable functions are smooth              | ___ are smooth
            Differentiable | Differentiability is important                   | ___ is important
            Epoch          | evaluated after each epoch.                      | evaluated after each ___.
            Epoch          | ten epochs later                                 | ten ___ later
            U-Net          | The original U-Net paper                         | The original ___ paper
            U-Net          | a UNet and a u net                               | a ___ and a ___
            Kernel         | Also called a filter.                            | Also called a ___.
            Loss           | the losses of a loss function                    | the ___ of a ___
            Capacity       | a model capacity of ten                          | a ___ of ten
            Bias           | biased training datasets                         | ___ training datasets
            """)
    void mask_should_hide_names_and_inflections(String term, String text, String expected) {
        // GIVEN a text naming the term, an alias or an inflected form
        // WHEN it is masked for that term
        // THEN every such name is a blank
        assertThat(mask(term, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" unchanged")
    @CsvSource(delimiter = '|', textBlock = """
            Activation maps | The output of the activation function
            Logits          | a logistic curve
            Loss            | the point was lost
            Parameters      | the Hyperparameter is set by hand
            Pooling         | a spooling device
            """)
    void mask_should_leave_other_words_alone(String term, String text) {
        // GIVEN text whose words merely resemble the term, or name another glossary term
        // WHEN it is masked
        // THEN nothing changes
        assertThat(mask(term, text)).isEqualTo(text);
    }

    @Test
    void mask_should_hide_every_name_in_every_definition() {
        for (Entry e : glossary.entries()) {
            // GIVEN each entry's own definition
            String masked = " " + Spelling.normalize(Masker.forEntry(e, glossary).mask(e.definition())) + " ";
            // THEN none of its names survives as a whole word
            for (String name : e.allNames()) {
                assertThat(masked).as("%s: %s", e.term(), name).doesNotContain(" " + Spelling.normalize(name) + " ");
            }
        }
    }

    @Test
    void mask_should_not_alter_the_entry() {
        // GIVEN the Pooling entry
        Entry pooling = glossary.get("Pooling");
        String before = pooling.definition();
        // WHEN its definition is masked
        String masked = Masker.forEntry(pooling, glossary).mask(pooling.definition());
        // THEN the prompt differs but the quoted definition is untouched
        assertThat(masked).startsWith("___ are a type of ___, usually reducing").doesNotContainIgnoringCase("pool");
        assertThat(pooling.definition()).isEqualTo(before).startsWith("Pooling layers are a type of downsampling layers");
    }
}
