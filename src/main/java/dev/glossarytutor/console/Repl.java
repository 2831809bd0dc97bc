package dev.glossarytutor.console;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.define.TextRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console transport: one line in, one reply out. Works the same on a terminal and on a pipe,
 * and ends cleanly at end of input.
 */
public final class Repl {
    private static final Logger log = LoggerFactory.getLogger(Repl.class);

    private final Tutor tutor;
    private final TextRenderer renderer;
    private final Map<String, ConsoleCommand> commands = new LinkedHashMap<>();

    public Repl(Tutor tutor, TextRenderer renderer, List<ConsoleCommand> commands) {
        this.tutor = tutor;
        this.renderer = renderer;
        for (ConsoleCommand c : commands) {
            if (this.commands.putIfAbsent(c.name(), c) != null) {
                throw new IllegalArgumentException("two console commands are named " + c.name());
            }
        }
    }

    public void run(BufferedReader in, PrintWriter out, boolean interactive) throws IOException {
        out.println("Glossary Tutor. Ask about a term (\"" + tutor.exampleQuestion() + "\"), or type help. quit leaves.");
        prompt(out, interactive);
        String line;
        while ((line = in.readLine()) != null) {
            String text = line.strip();
            if (text.equalsIgnoreCase("quit") || text.equalsIgnoreCase("exit")) {
                break;
            }
            if (!text.isEmpty()) {
                handle(text, in, out);
            }
            prompt(out, interactive);
        }
        out.println("Bye.");
        out.flush();
    }

    private void handle(String text, BufferedReader in, PrintWriter out) throws IOException {
        String[] parts = text.split("\\s+", 2);
        String word = parts[0].toLowerCase(Locale.ROOT);
        String args = parts.length > 1 ? parts[1] : "";
        try {
            if (word.equals("help") && args.isBlank()) { // "help me with pooling" is a question
                printHelp(out);
            } else if (commands.containsKey(word)) {
                commands.get(word).run(args, in, out);
            } else {
                out.println(renderer.render(tutor.ask(text, ConsoleCommand.SERVER)));
            }
        } catch (RuntimeException e) {
            log.error("Console command failed: {}", text, e);
            out.println("Sorry, that went wrong on my side (" + e.getClass().getSimpleName() + "). Try again.");
        }
        out.println();
        out.flush();
    }

    private void printHelp(PrintWriter out) {
        out.println("Ask a question in your own words, e.g. \"" + tutor.exampleQuestion() + "\" or \""
                + tutor.exampleComparison() + "\".");
        out.println("Commands:");
        for (ConsoleCommand c : commands.values()) {
            out.println("  " + c.help());
        }
        out.println("  help                 this list");
        out.println("  quit                 leave");
    }

    private static void prompt(PrintWriter out, boolean interactive) {
        if (interactive) {
            out.print("> ");
            out.flush();
        }
    }
}
