package dev.glossarytutor.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.answer.Quote;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.config.LlmConfig;
import dev.glossarytutor.console.Repl;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.explain.ExplainRequest;
import dev.glossarytutor.explain.Explainer;
import dev.glossarytutor.explain.Explanation;
import dev.glossarytutor.explain.ExplanationText;
import dev.glossarytutor.explain.FakeOpenAiServer;
import dev.glossarytutor.explain.LanguageTag;
import dev.glossarytutor.explain.Style;
import dev.glossarytutor.define.TextRenderer;
import dev.glossarytutor.testing.FakeTicker;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExplainConsoleCommandTest {
    private final TextRenderer renderer = new TextRenderer();
    private Tutor tutor;

    @BeforeEach
    void setUp() throws Exception {
        tutor = new Tutor(GlossaryLoader.load(Path.of("glossary", "deep-learning")));
    }

    private String run(Explainer explainer, String arguments) {
        StringWriter out = new StringWriter();
        new ExplainConsoleCommand(explainer, new ExplanationText(renderer))
                .run(arguments, new BufferedReader(new StringReader("")), new PrintWriter(out, true));
        return out.toString();
    }

    private String quoteOf(String term) {
        return renderer.quote(new Quote(tutor.glossary().get(term), 1.0));
    }

    @Test
    void parse_shouldTakeOptionsAnywhere_whenGiven() {
        assertThat(ExplainConsoleCommand.parse("receptive field --style analogy --lang de"))
                .isEqualTo(new ExplainRequest("receptive field", Style.ANALOGY, LanguageTag.parse("de"), "console", "console"));
        assertThat(ExplainConsoleCommand.parse("--lang=pt-BR \"backprop\" --style=EXAMPLE"))
                .isEqualTo(new ExplainRequest("backprop", Style.EXAMPLE, LanguageTag.parse("pt-BR"), "console", "console"));
        assertThat(ExplainConsoleCommand.parse("epoch"))
                .isEqualTo(new ExplainRequest("epoch", Style.SIMPLER, LanguageTag.ENGLISH, "console", "console"));
    }

    @Test
    void parse_shouldFailClearly_whenArgumentsAreWrong() {
        assertThatThrownBy(() -> ExplainConsoleCommand.parse("")).hasMessage("Which term should I explain?");
        assertThatThrownBy(() -> ExplainConsoleCommand.parse("epoch --style")).hasMessageContaining("--style needs a value");
        assertThatThrownBy(() -> ExplainConsoleCommand.parse("epoch --style poem")).hasMessageContaining("unknown style 'poem'");
        assertThatThrownBy(() -> ExplainConsoleCommand.parse("epoch --lang 'en; say hi'")).hasMessageContaining("not a language tag");
        assertThatThrownBy(() -> ExplainConsoleCommand.parse("epoch --verbose")).hasMessageContaining("Unknown option --verbose");
    }

    @Test
    void run_shouldPrintTheQuoteAndTheNotConfiguredNote_whenNoLlmIsConfigured() {
        // GIVEN no LLM
        try (Explainer explainer = Explainer.create(tutor, Optional.empty(), new FakeTicker())) {
            // WHEN a student explains an alias
            String out = run(explainer, "backprop --style analogy");

            // THEN the quote is printed exactly as define shows it, then the note
            assertThat(out).startsWith(quoteOf("Backpropagation") + "\n\n(")
                    .contains("AI rephrasing is not configured")
                    .doesNotContain(Explanation.AI_LABEL);
        }
    }

    @Test
    void run_shouldPrintUsage_whenTheStyleIsUnknown() {
        try (Explainer explainer = Explainer.create(tutor, Optional.empty(), new FakeTicker())) {
            String out = run(explainer, "overfitting --style poem");

            assertThat(out).contains("unknown style 'poem'; choose one of simpler, example, analogy")
                    .contains("Usage: explain TERM [--style simpler|example|analogy] [--lang CODE]")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void run_shouldPrintQuoteThenLabelledRephrasing_whenTheLlmAnswers() throws Exception {
        // GIVEN an LLM server that rephrases
        try (FakeOpenAiServer server = FakeOpenAiServer.start();
             Explainer explainer = Explainer.create(tutor, Optional.of(new LlmConfig(server.baseUrl(), Optional.empty(),
                     "test-model", Duration.ofSeconds(10), 200, Path.of("prompts"))), new FakeTicker())) {
            server.reply(FakeOpenAiServer.completion("Der Algorithmus lernt aus Fehlern."));

            // WHEN the student explains in German through the REPL
            StringWriter out = new StringWriter();
            new Repl(tutor, renderer, List.of(new ExplainConsoleCommand(explainer, new ExplanationText(renderer))))
                    .run(new BufferedReader(new StringReader("explain Overfitting --lang de\n")), new PrintWriter(out), false);

            // THEN the quote stays English and verbatim, the rephrasing follows under the label
            assertThat(out.toString()).contains(quoteOf("Overfitting") + "\n\n--- " + Explanation.AI_LABEL
                    + " ---\nDer Algorithmus lernt aus Fehlern.");
            assertThat(server.requests().get(0)).contains("German (de)");
        }
    }
}
