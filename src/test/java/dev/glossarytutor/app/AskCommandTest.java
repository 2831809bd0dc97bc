package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
