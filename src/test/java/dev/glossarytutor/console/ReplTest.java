package dev.glossarytutor.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.answer.TestTutor;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.define.TextRenderer;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplTest {
    private final Tutor tutor = TestTutor.get();

    private String run(String input, List<ConsoleCommand> commands) throws Exception {
        StringWriter out = new StringWriter();
        new Repl(tutor, new TextRenderer(), commands).run(new BufferedReader(new StringReader(input)), new PrintWriter(out), false);
        return out.toString();
    }

    @Test
    void run_pipedQuestions_answersEachAndEndsAtEof() throws Exception {
        // WHEN two questions are piped in without a quit
        String out = run("what is an epoch?\nwhats overfiting\n", List.of());

        // THEN both definitions are quoted verbatim and the REPL says goodbye at end of input
        assertThat(out).contains("## Epoch\n" + tutor.glossary().get("Epoch").definition());
        assertThat(out).contains("## Overfitting\n" + tutor.glossary().get("Overfitting").definition());
        assertThat(out).endsWith("Bye.\n");
        assertThat(out).doesNotContain("> ");
    }

    @Test
    void run_help_listsTheCommands() throws Exception {
        // GIVEN a feature command
        ConsoleCommand echo = new ConsoleCommand() {
            public String name() {
                return "echo";
            }

            public String help() {
                return "echo TEXT           repeat TEXT";
            }

            public void run(String arguments, BufferedReader in, PrintWriter out) {
                out.println("echo: " + arguments);
            }
        };

        // WHEN
        String out = run("help\necho hi there\nquit\nwhat is an epoch\n", List.of(echo));

        // THEN help lists it, it runs, and quit stops before the last line
        assertThat(out).contains("echo TEXT", "quit", "echo: hi there").doesNotContain("## Epoch");
    }

    @Test
    void run_unknownTermAndEmptyLines_getAClearReply() throws Exception {
        // WHEN
        String out = run("\n\nwhat is a hash table?\n", List.of());

        // THEN
        assertThat(out).contains("The glossary has no term for that.");
    }

    @Test
    void run_helpFollowedByWords_isAQuestionNotTheHelpCommand() throws Exception {
        // WHEN
        String out = run("help me with pooling\n", List.of());

        // THEN the student gets the term, not the command list
        assertThat(out).contains("## Pooling").doesNotContain("Commands:");
    }
}
