package dev.glossarytutor.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.define.TextRenderer;
import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Help texts show examples from the loaded glossary, so a networking course is shown networking. */
class ReplExamplesTest {

    @Test
    void run_onAnotherCoursesGlossary_showsItsOwnTermsAsExamples() throws Exception {
        // GIVEN a tutor over a small networking glossary
        Tutor tutor = new Tutor(Glossary.of(List.of(
                Entry.of("Router", "A device that knows how to forward data between independent networks."),
                Entry.of("Hub", "A physical layer device that allows for connections from many computers at once."))));
        StringWriter text = new StringWriter();

        // WHEN the console starts, a student types help, then a message that asks nothing and an empty question
        new Repl(tutor, new TextRenderer(tutor::exampleQuestion), List.of())
                .run(new BufferedReader(new StringReader("help\nthanks\n")), new PrintWriter(text), false);
        String blank = tutor.ask("   ").note();

        // THEN every example names the course's own terms, never the seed glossary's
        assertThat(text.toString())
                .contains("Ask about a term (\"what is Hub?\")")
                .contains("\"what is Hub?\" or \"Hub vs Router\"")
                .contains("for example \"what is Hub?\"")
                .doesNotContainIgnoringCase("overfitting").doesNotContainIgnoringCase("receptive");
        assertThat(blank).contains("what is Hub?");
    }
}
