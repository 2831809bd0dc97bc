package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AskCommandTest {

    @Test
    void readLine_splitsOnNewlinesOnly_soEveryInputLineGetsOneJsonLine() throws Exception {
        // GIVEN Windows line ends, a lone carriage return inside a question, an empty line, no final newline
        BufferedReader in = new BufferedReader(new StringReader("what is x\r\nwhat is pooling\rand kernel\n\nlast"));

        // WHEN
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = AskCommand.readLine(in)) != null) {
            lines.add(line);
        }

        // THEN four lines, as a scorer splitting on "\n" counts them
        assertThat(lines).containsExactly("what is x", "what is pooling\rand kernel", "", "last");
    }

    @Test
    void signalsWithJsonl_printsOneReportPerInputLine() {
        // GIVEN two questions on stdin, one naming a term and one describing it, on the seed glossary
        AskCommand ask = new AskCommand();
        ask.stdin = new ByteArrayInputStream(
                "what is pooling\nthe layer that shrinks the feature map by taking the max of each area\n"
                        .getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ask.stdout = printed;

        // WHEN
        int code = new CommandLine(ask).execute("--signals", "--jsonl");

        // THEN one scorer report per question, each with its parse and Pooling among its candidates
        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(out.lines().filter(l -> l.contains(" | intent "))).containsExactly(
                "what is pooling | intent define | phrase \"pooling\"",
                "the layer that shrinks the feature map by taking the max of each area | intent describe"
                        + " | phrase \"layer that shrinks the feature map by taking the max of each area\"");
        assertThat(out.lines().filter(l -> l.endsWith("  Pooling"))).hasSize(2);
    }
}
