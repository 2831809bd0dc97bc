package dev.glossarytutor.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.glossarytutor.answer.Answer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ask "QUESTION"} prints one answer; {@code ask --jsonl} answers stdin line by line as JSON. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer one question, or (--jsonl) one question per line of stdin as JSON lines.")
final class AskCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    ConsoleCourseOption course = new ConsoleCourseOption();

    @Option(names = "--jsonl", description = "Read questions from stdin, write one JSON object per line.")
    boolean jsonl;

    @Option(names = "--signals", description = "Print what the scorer saw instead of the answer: the parse, the "
            + "threshold that applies, and each candidate's probability with its weighted signals (with --jsonl: "
            + "one report per line of stdin).")
    boolean signals;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (words are joined).")
    List<String> words = List.of();

    /** Where questions are read from and answers written to: the process's own, or a test's. */
    InputStream stdin = System.in;
    OutputStream stdout = System.out;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new PrintWriter(stdout, false, StandardCharsets.UTF_8);
        if (!jsonl && words.isEmpty()) {
            spec.commandLine().getErr().println("Give a question, e.g. ask \"what is TERM?\", or use --jsonl.");
            return 2;
        }
        try (Wiring app = Main.start(Main.config())) {
            course.applyTo(app);
            app.tutor().awaitEmbeddings(); // a batch answers as the running tutor does, never names-first
            StartupGarbage.release(); // here, not racing the batch's first questions (docs/operations.md, "Footprint")
            if (!jsonl) {
                String question = String.join(" ", words);
                out.println(signals ? app.tutor().scoreReport(question).render()
                        : app.renderer().render(app.tutor().ask(question)));
                out.flush();
                return 0;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            String line;
            while ((line = readLine(in)) != null) {
                out.println(signals ? app.tutor().scoreReport(line).render() : toJson(app.tutor().ask(line)));
                out.flush();
            }
            return 0;
        }
    }

    /**
     * One line of input, ended by "\n" (a "\r" before it is dropped); null at the end. Unlike
     * {@link BufferedReader#readLine()}, a lone "\r" inside a question does not split it in two,
     * so there is exactly one JSON line per input line.
     */
    static String readLine(BufferedReader in) throws java.io.IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        if (c == -1 && line.length() == 0) {
            return null;
        }
        int last = line.length() - 1;
        if (last >= 0 && line.charAt(last) == '\r') {
            line.setLength(last);
        }
        return line.toString();
    }

    /** The contract scored by the evaluation: question, terms (best first), confidence, suggestions. */
    static String toJson(Answer answer) throws com.fasterxml.jackson.core.JsonProcessingException {
        ObjectNode node = JSON.createObjectNode();
        node.put("question", answer.question());
        node.putPOJO("terms", answer.terms());
        node.put("confidence", Math.round(answer.confidence() * 1000) / 1000.0);
        node.putPOJO("suggestions", answer.suggestions());
        node.put("kind", answer.kind().name().toLowerCase(java.util.Locale.ROOT));
        return JSON.writeValueAsString(node);
    }
}
