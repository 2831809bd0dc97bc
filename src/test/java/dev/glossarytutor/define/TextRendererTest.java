package dev.glossarytutor.define;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.Quote;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    private final TextRenderer renderer = new TextRenderer();

    @Test
    void render_definition_keepsTheQuoteUntouched() {
        // GIVEN a definition with math, Markdown-looking characters, typographic quotes and line breaks
        String definition = "Offset \\(b\\) in \\(h = \\sum_i f(x_i w_i + b)\\); *not* _emphasis_, “quoted” – 100%.\n\nNext  paragraph.";
        Entry bias = new Entry("Bias", List.of("offset"), List.of("bais"), List.of("Weights"), List.of(), List.of(), definition,
                Source.UNKNOWN);

        // WHEN
        String text = renderer.render(Answer.quoting("q", Answer.Kind.DEFINITION, List.of(new Quote(bias, 1.0)), 1.0));

        // THEN the heading, the exact definition, the shown alias and see-also; hidden variants never shown
        assertThat(text).startsWith("## Bias\n" + definition + "\n");
        assertThat(text).contains("Also called: offset", "See also: Weights").doesNotContain("bais");
    }

    @Test
    void render_notFound_offersSuggestionsWithoutQuoting() {
        // WHEN
        String text = renderer.render(Answer.notFound("what is batch norm", 0.8, List.of("Batch size", "Minibatch")));

        // THEN
        assertThat(text).isEqualTo("The glossary has no term for that. Did you mean: Batch size, Minibatch?");
    }

    @Test
    void render_describedAnswer_listsCloseMatchesAfterTheQuote() {
        // GIVEN
        Entry minibatch = Entry.of("Minibatch", "The set of examples used in one update.");

        // WHEN
        String text = renderer.render(Answer.described("q", new Quote(minibatch, 0.7), List.of("Batch size", "Epoch")));

        // THEN
        assertThat(text).isEqualTo("## Minibatch\nThe set of examples used in one update."
                + "\n\nNot what you meant? Close matches: Batch size, Epoch");
    }

    @Test
    void render_comparison_quotesEachTerm() {
        // GIVEN
        Entry a = Entry.of("Same Convolution", "Keeps the size.");
        Entry b = Entry.of("Valid Convolution", "Shrinks the image.");

        // WHEN
        String text = renderer.render(Answer.quoting("q", Answer.Kind.COMPARISON, List.of(new Quote(a, 1), new Quote(b, 1)), 1));

        // THEN
        assertThat(text).isEqualTo("## Same Convolution\nKeeps the size.\n\n## Valid Convolution\nShrinks the image.");
    }
}
