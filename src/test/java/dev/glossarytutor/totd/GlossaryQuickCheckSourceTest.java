package dev.glossarytutor.totd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryQuickCheckSourceTest {

    @Test
    void should_ask_for_the_term_with_three_same_tag_distractors_when_the_tag_has_enough_terms() throws Exception {
        // GIVEN the real glossary; Valid Convolution shares "convolution" with several terms
        Glossary glossary = GlossaryLoader.load(Path.of("glossary"));
        Entry valid = glossary.get("Valid Convolution");

        // WHEN its quick check is made
        QuickCheck check = new GlossaryQuickCheckSource(() -> glossary).quickCheckFor(valid);

        // THEN four different options, the right one is the term, the others share a tag with it
        assertThat(check.options()).hasSize(4).doesNotHaveDuplicates();
        assertThat(check.correctOption()).isEqualTo("Valid Convolution");
        check.options().stream().filter(o -> !o.equals("Valid Convolution")).forEach(o ->
                assertThat(glossary.get(o).tags()).containsAnyElementsOf(valid.tags()));
    }

    @Test
    void should_mask_every_name_of_the_term_in_the_prompt() throws Exception {
        // GIVEN Activation maps, whose definition names it twice ("Activations/ Activation maps:")
        Glossary glossary = GlossaryLoader.load(Path.of("glossary"));
        Entry maps = glossary.get("Activation maps");

        // WHEN its quick check is made
        QuickCheck check = new GlossaryQuickCheckSource(() -> glossary).quickCheckFor(maps);

        // THEN the prompt gives neither name away but keeps the rest of the definition
        assertThat(check.prompt()).doesNotContainIgnoringCase("activation map").doesNotContainIgnoringCase("activations")
                .contains(GlossaryQuickCheckSource.MASK).contains("The output of the activation function");
    }

    @Test
    void should_fill_with_other_terms_and_be_stable_when_few_share_a_tag() throws Exception {
        // GIVEN a glossary where no other term shares a tag
        Glossary glossary = Glossary.of(List.of(Entry.of("Alpha", "First letter."), Entry.of("Beta", "Second letter."),
                Entry.of("Gamma", "Third letter."), Entry.of("Delta", "Fourth letter."), Entry.of("Epsilon", "Fifth.")));
        GlossaryQuickCheckSource source = new GlossaryQuickCheckSource(() -> glossary);

        // WHEN a check is made twice for the same term
        QuickCheck first = source.quickCheckFor(glossary.get("Beta"));
        QuickCheck again = source.quickCheckFor(glossary.get("Beta"));

        // THEN it has three random distractors, and the same check each time (a preview shows the real post)
        assertThat(first.options()).hasSize(4).contains("Beta").doesNotHaveDuplicates();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void should_refuse_when_the_glossary_has_a_single_term() {
        Glossary glossary = Glossary.of(List.of(Entry.of("Alpha", "First letter.")));
        assertThatThrownBy(() -> new GlossaryQuickCheckSource(() -> glossary).quickCheckFor(glossary.get("Alpha")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void should_reject_an_invalid_quick_check() {
        assertThatThrownBy(() -> new QuickCheck("Which?", List.of("A"), 0)).hasMessageContaining("at least two");
        assertThatThrownBy(() -> new QuickCheck("Which?", List.of("A", "A"), 0)).hasMessageContaining("differ");
        assertThatThrownBy(() -> new QuickCheck("Which?", List.of("A", "B"), 2)).hasMessageContaining("outside");
    }
}
