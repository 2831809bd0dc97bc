package dev.glossarytutor.discord.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.Quote;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.glossary.Source;
import dev.glossarytutor.discord.layout.MessagePlan.ButtonPlan;
import dev.glossarytutor.discord.layout.MessagePlan.EmbedPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiscordLayoutTest {
    private static Glossary glossary;
    private final DiscordLayout layout = new DiscordLayout();

    @BeforeAll
    static void load() throws Exception {
        glossary = GlossaryLoader.load(Path.of("glossary", "deep-learning"));
    }

    @Test
    void answer_definition_shouldBeOneEmbedWithVerbatimDefinitionAliasesAndSeeAlso() {
        // GIVEN a real entry with aliases and see-also
        Entry backprop = glossary.get("Backpropagation");
        Answer answer = Answer.quoting("what is backprop", Answer.Kind.DEFINITION, List.of(new Quote(backprop, 1)), 1);

        // WHEN
        List<MessagePlan> plans = layout.answer(answer);

        // THEN
        assertThat(plans).hasSize(1);
        EmbedPlan embed = plans.get(0).embeds().get(0);
        assertThat(embed.title()).isEqualTo("Backpropagation");
        assertThat(DiscordShows.text(embed.description())).isEqualTo(backprop.definition());
        assertThat(embed.fields()).extracting(MessagePlan.Field::name).containsExactly("Also called", "See also");
        assertThat(embed.fields().get(0).value()).isEqualTo("backprop, backward pass, backpropagation of errors, loss.backward(), autograd, backward()");
        assertThat(plans.get(0).ephemeral()).isFalse();
    }

    @Test
    void answer_describedWithCloseMatches_shouldOfferThemAsButtonsUnderTheQuote() {
        // GIVEN a described answer with two close runners-up
        Entry valid = glossary.get("Valid Convolution");
        Answer answer = Answer.described("what do you call a convolution that pads", new Quote(valid, 0.7),
                List.of("Same Convolution", "Kernel"));

        // WHEN
        List<MessagePlan> plans = layout.answer(answer);

        // THEN the quote is unchanged and the close matches are define buttons on its message
        assertThat(plans).hasSize(1);
        assertThat(DiscordShows.text(plans.get(0).embeds().get(0).description())).isEqualTo(valid.definition());
        assertThat(plans.get(0).buttons()).extracting(ButtonPlan::customId)
                .containsExactly(DiscordLayout.DEFINE_BUTTON + "Same Convolution", DiscordLayout.DEFINE_BUTTON + "Kernel");
        assertThat(plans.get(0).buttons()).extracting(ButtonPlan::label).containsExactly("Or: Same Convolution", "Or: Kernel");
    }

    @Test
    void answer_comparison_shouldShowOneEmbedPerTerm() {
        // GIVEN two quotes
        List<Quote> quotes = List.of(new Quote(glossary.get("Batch size"), 1), new Quote(glossary.get("Backpropagation"), 1));

        // WHEN
        List<MessagePlan> plans = layout.answer(Answer.quoting("batch size vs backprop", Answer.Kind.COMPARISON, quotes, 0.9));

        // THEN
        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).embeds()).extracting(EmbedPlan::title).containsExactly("Batch size", "Backpropagation");
    }

    @Test
    void quotes_longDefinition_shouldSplitAcrossEmbedsAndMessagesWithoutLosingACharacter() {
        // GIVEN a definition far over 4,096 characters, and several of them
        String definition = ("A very long sentence about receptive fields that keeps going. ").repeat(300) + "End.";
        Entry entry = new Entry("Long", List.of("lengthy"), List.of(), List.of(), List.of(), List.of(), definition, Source.UNKNOWN);
        List<Quote> quotes = List.of(new Quote(entry, 1), new Quote(entry, 1), new Quote(entry, 1));

        // WHEN
        List<MessagePlan> plans = layout.quotes(quotes);

        // THEN every limit holds and the pieces of each quote concatenate back exactly
        List<EmbedPlan> all = plans.stream().flatMap(p -> p.embeds().stream()).toList();
        for (MessagePlan p : plans) {
            assertThat(p.embeds()).hasSizeLessThanOrEqualTo(DiscordLayout.EMBEDS_PER_MESSAGE);
            assertThat(p.embedLength()).isLessThanOrEqualTo(DiscordLayout.MESSAGE_EMBED_LIMIT);
            assertThat(p.content()).hasSizeLessThanOrEqualTo(DiscordLayout.CONTENT_LIMIT);
        }
        assertThat(all).allSatisfy(e -> assertThat(e.description()).hasSizeLessThanOrEqualTo(DiscordLayout.DESCRIPTION_LIMIT));
        int perQuote = all.size() / 3;
        String first = all.subList(0, perQuote).stream().map(e -> DiscordShows.text(e.description()))
                .collect(Collectors.joining());
        assertThat(first).isEqualTo(definition);
        assertThat(all.get(1).title()).isEqualTo("Long (continued)");
        assertThat(plans.size()).isGreaterThan(1);
    }

    @Test
    void answer_definitionWithBackslashesAndUnderscores_shouldBeShownExactlyAsTheGlossaryHasIt() {
        // GIVEN the shipped "Bias" entry, whose definition contains \(b\) and \(h = \sum_i f(x_i w_i + b)\)
        Entry bias = glossary.get("Bias");
        Answer answer = Answer.quoting("what is bias", Answer.Kind.DEFINITION, List.of(new Quote(bias, 1)), 1);

        // WHEN
        String description = layout.answer(answer).get(0).embeds().get(0).description();

        // THEN what the student sees is the definition, word for word, and nothing in it can turn into formatting
        assertThat(DiscordShows.text(description)).isEqualTo(bias.definition());
        assertThat(unescapedMarkup(description)).isEmpty();
    }

    @Test
    void quotes_longDefinitionFullOfMarkup_shouldKeepEveryLimitAndShowTheExactText() {
        // GIVEN a definition over 4,096 characters where nearly every character needs an escape
        String definition = "- a list?\n1. a number?\n# a header?\n" + "*_~|`>#[]<\\".repeat(700)
                + " \\(h = \\sum_i f(x_i w_i + b)\\) see https://example.org/a_b_c. ||spoiler|| **bold** end";
        Entry entry = new Entry("Markup_heavy", List.of("mark_up", "*star*"), List.of(), List.of("Bias_term"), List.of(),
                List.of(), definition, Source.UNKNOWN);

        // WHEN
        List<MessagePlan> plans = layout.quotes(List.of(new Quote(entry, 1)));

        // THEN every Discord limit holds
        List<EmbedPlan> all = plans.stream().flatMap(p -> p.embeds().stream()).toList();
        for (MessagePlan p : plans) {
            assertThat(p.embeds()).hasSizeLessThanOrEqualTo(DiscordLayout.EMBEDS_PER_MESSAGE);
            assertThat(p.embedLength()).isLessThanOrEqualTo(DiscordLayout.MESSAGE_EMBED_LIMIT);
        }
        assertThat(all).allSatisfy(e -> {
            assertThat(e.description()).hasSizeLessThanOrEqualTo(DiscordLayout.DESCRIPTION_LIMIT);
            assertThat(e.title()).hasSizeLessThanOrEqualTo(DiscordLayout.TITLE_LIMIT);
            assertThat(unescapedMarkup(e.description())).isEmpty();
        });
        assertThat(all.size()).isGreaterThan(1);
        // ... unescaped and joined, the pieces are the definition exactly (no escape separated from its character)
        assertThat(all.stream().map(e -> DiscordShows.text(e.description())).collect(Collectors.joining()))
                .isEqualTo(definition);
        // ... the title and the fields show the glossary's own text too, and the link stays a link
        assertThat(DiscordShows.text(all.get(0).title())).isEqualTo("Markup_heavy");
        MessagePlan.Field aliases = all.get(all.size() - 1).fields().get(0);
        assertThat(DiscordShows.text(aliases.value())).isEqualTo("mark_up, *star*");
        assertThat(all.stream().map(EmbedPlan::description).collect(Collectors.joining()))
                .contains("https://example.org/a_b_c. ");
    }

    @Test
    void escape_listMarkersAtTheStartOfALine_shouldBeEscapedButHyphensInWordsShouldNot() {
        // GIVEN text with list markers at line starts and hyphens inside words
        String text = "- item\n  + other\n12. numbered\n-# small\nmini-batch 3.5 a+b";

        // WHEN
        String escaped = DiscordMarkdown.escape(text);

        // THEN
        assertThat(escaped).isEqualTo("\\- item\n  \\+ other\n12\\. numbered\n\\-\\# small\nmini-batch 3.5 a+b");
        assertThat(DiscordShows.text(escaped)).isEqualTo(text);
    }

    /** Characters Discord could read as formatting that are not preceded by an escape. */
    private static String unescapedMarkup(String markdown) {
        StringBuilder found = new StringBuilder();
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\') {
                i++;
            } else if ("*_~|`>#[]<".indexOf(c) >= 0 && !insideUrl(markdown, i)) {
                found.append(c);
            }
        }
        return found.toString();
    }

    private static boolean insideUrl(String text, int at) {
        int space = Math.max(text.lastIndexOf(' ', at), text.lastIndexOf('\n', at));
        return text.startsWith("https://", space + 1);
    }

    @Test
    void split_shouldBreakAtWhitespaceAndKeepEveryCharacter() {
        // GIVEN text with a word that fits and one that does not
        String text = "alpha beta\ngamma " + "x".repeat(25);

        // WHEN
        List<String> pieces = DiscordLayout.split(text, 10);

        // THEN
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(10));
        assertThat(pieces.get(0)).isEqualTo("alpha ");
    }

    @Test
    void split_shouldNeverSeparateASurrogatePair() {
        // GIVEN emoji (two chars each) straddling the limit
        String text = "a" + "\uD83D\uDE00".repeat(10);

        // WHEN
        List<String> pieces = DiscordLayout.split(text, 4);

        // THEN
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces).allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse());
    }

    @Test
    void abstention_shouldOfferSuggestionsAsUniqueButtonsAndEchoMentionsHarmlessly() {
        // GIVEN a not-found answer to a question with a mass mention, and repeated suggestions
        Answer answer = Answer.notFound("@everyone what is <@&123> flux?", 0.4,
                List.of("Overfitting", "Epoch", "Overfitting", "A", "B", "C", "D"));

        // WHEN
        MessagePlan plan = layout.abstention(answer);

        // THEN
        assertThat(plan.content()).startsWith("The glossary has no term for").contains("@\u200beveryone", "<@&\u200b123>")
                .doesNotContain("@everyone", "<@&123>");
        assertThat(plan.buttons()).extracting(MessagePlan.ButtonPlan::customId)
                .containsExactly("define:Overfitting", "define:Epoch", "define:A", "define:B", "define:C");
        assertThat(DiscordLayout.termOfButton("define:Epoch")).contains("Epoch");
        assertThat(DiscordLayout.termOfButton("quiz:1")).isEmpty();
    }

    @Test
    void answer_invalidAndChatter_shouldBePrivateNotes() {
        // WHEN
        MessagePlan invalid = layout.answer(Answer.invalid("", "Type a question.")).get(0);
        MessagePlan chatter = layout.answer(Answer.chatter("thanks!")).get(0);

        // THEN
        assertThat(invalid.ephemeral()).isTrue();
        assertThat(invalid.content()).isEqualTo("Type a question.");
        assertThat(chatter.ephemeral()).isTrue();
    }

    @Test
    void defineButtonId_tooLongTerm_shouldBeRejectedRatherThanCut() {
        assertThat(DiscordLayout.defineButtonId("t".repeat(120))).isEmpty();
        assertThat(DiscordLayout.defineButtonId("Epoch")).contains("define:Epoch");
    }
}
