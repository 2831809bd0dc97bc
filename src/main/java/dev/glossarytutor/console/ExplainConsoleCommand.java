package dev.glossarytutor.console;

import dev.glossarytutor.console.ConsoleCommand;
import dev.glossarytutor.explain.ExplainRequest;
import dev.glossarytutor.explain.Explainer;
import dev.glossarytutor.explain.ExplanationText;
import dev.glossarytutor.explain.LanguageTag;
import dev.glossarytutor.explain.Style;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code explain TERM [--style simpler|example|analogy] [--lang CODE]}: the verbatim definition,
 * then an AI rephrasing when an LLM is configured (or a note saying there is none).
 */
public final class ExplainConsoleCommand implements ConsoleCommand {
    static final String USAGE = "explain TERM [--style " + String.join("|", Style.choices().split(", "))
            + "] [--lang CODE]";

    private final Explainer explainer;
    private final ExplanationText text;

    public ExplainConsoleCommand(Explainer explainer, ExplanationText text) {
        this.explainer = Objects.requireNonNull(explainer, "explainer");
        this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    public String name() {
        return "explain";
    }

    @Override
    public String help() {
        return USAGE + "  the definition, then an AI rephrasing (style default simpler, language default en)";
    }

    @Override
    public void run(String arguments, BufferedReader in, PrintWriter out) {
        ExplainRequest request;
        try {
            request = parse(arguments);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println("Usage: " + USAGE + "   e.g. explain TERM --style analogy --lang de");
            return;
        }
        out.println(text.render(explainer.explain(request)));
    }

    /** The request the arguments describe; options may stand anywhere, the other words are the term. */
    static ExplainRequest parse(String arguments) {
        List<String> words = new ArrayList<>();
        Style style = Style.SIMPLER;
        LanguageTag language = LanguageTag.ENGLISH;
        String[] tokens = arguments == null || arguments.isBlank() ? new String[0] : arguments.strip().split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (!token.startsWith("--")) {
                words.add(token);
                continue;
            }
            String[] option = token.split("=", 2);
            String value;
            if (option.length == 2) {
                value = option[1];
            } else if (i + 1 < tokens.length) {
                value = tokens[++i];
            } else {
                value = "";
            }
            switch (option[0]) {
                case "--style" -> style = Style.parse(require(option[0], value, Style.choices()));
                case "--lang" -> language = LanguageTag.parse(require(option[0], value, "a language code such as en, de or pt-BR"));
                default -> throw new IllegalArgumentException("Unknown option " + option[0] + "; explain knows --style and --lang.");
            }
        }
        String term = String.join(" ", words).replaceAll("^[\"'“”]+|[\"'“”]+$", "").strip();
        if (term.isEmpty()) {
            throw new IllegalArgumentException("Which term should I explain?");
        }
        return new ExplainRequest(term, style, language, ConsoleCommand.SERVER, ConsoleCommand.SERVER);
    }

    private static String require(String option, String value, String expected) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value: " + expected + ".");
        }
        return value;
    }
}
