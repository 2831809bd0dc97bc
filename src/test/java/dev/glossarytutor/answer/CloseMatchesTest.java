package dev.glossarytutor.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.glossary.Entry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Terms offered beside an answer that was found by a description rather than by a name. */
class CloseMatchesTest {
    private final Tutor tutor = TestTutor.get();

    @Test
    void ask_descriptionThatFitsTwoTerms_quotesOneAndOffersTheOther() {
        // WHEN a description sits between Same and Valid Convolution
        Answer answer = tutor.ask("what do you call a convolution that pads the input so output and input have equal size");

        // THEN one is quoted and the other offered, never the quoted one twice
        assertThat(answer.kind()).isEqualTo(Answer.Kind.DEFINITION);
        List<String> shown = new ArrayList<>(answer.terms());
        shown.addAll(answer.suggestions());
        assertThat(shown).contains("Same Convolution", "Valid Convolution");
        assertThat(answer.suggestions()).hasSizeLessThanOrEqualTo(2).doesNotContainAnyElementsOf(answer.terms());
    }

    @Test
    void ask_namedTerm_offersNoCloseMatches() {
        // WHEN
        Answer answer = tutor.ask("what is overfitting?");

        // THEN a name is precise: nothing else is offered
        assertThat(answer.terms()).containsExactly("Overfitting");
        assertThat(answer.suggestions()).isEmpty();
    }

    @Test
    void described_closeMatchRepeatingTheQuotedTerm_isRefused() {
        // GIVEN
        Quote quote = new Quote(Entry.of("Epoch", "One pass over the training set."), 0.8);

        // WHEN / THEN
        assertThatThrownBy(() -> Answer.described("q", quote, List.of("Epoch")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Epoch");
    }
}
