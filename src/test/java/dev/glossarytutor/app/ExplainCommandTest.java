package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.glossarytutor.answer.Quote;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.define.TextRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The picocli subcommand, on the real glossary, without an LLM (the environment sets none). */
class ExplainCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CommandLine cli;

    @BeforeEach
    void setUp() {
        assumeTrue(System.getenv("LLM_BASE_URL") == null && System.getenv("LLM_API_KEY") == null
                && System.getenv("LLM_API_KEY_FILE") == null, "an LLM is configured in this environment");
        cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
    }

    @Test
    void explain_shouldPrintTheQuoteAndExit0_whenTheTermExists() throws Exception {
        // GIVEN the real glossary
        Quote quote = new Quote(GlossaryLoader.load(Path.of("glossary", "deep-learning")).get("Backpropagation"), 1.0);

        // WHEN explain is run on an alias
        int code = cli.execute("explain", "--style", "example", "backprop");

        // THEN the definition is quoted exactly, with the not-configured note
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith(new TextRenderer().quote(quote)).contains("not configured");
    }

    @Test
    void explain_shouldExit1_whenTheTermIsUnknown() {
        int code = cli.execute("explain", "flux", "capacitor");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("The glossary has no term for that.");
    }

    @Test
    void explain_shouldExit2WithAMessage_whenTheLanguageIsNoTag() {
        int code = cli.execute("explain", "--lang", "german please", "epoch");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("'german please' is not a language tag").doesNotContain("Exception");
    }
}
