package dev.glossarytutor.define;

import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an {@link Answer} as plain text with light Markdown: the term as a heading, the
 * definition untouched, then aliases and see-also. The definition is appended as one piece and
 * never rewrapped, trimmed or escaped.
 */
public final class TextRenderer {
    /** An example question about the loaded glossary, for the reply to chatter. */
    private final java.util.function.Supplier<String> example;

    /** A renderer whose replies to chatter give an example from the loaded glossary ({@code tutor::exampleQuestion}). */
    public TextRenderer(java.util.function.Supplier<String> exampleQuestion) {
        this.example = java.util.Objects.requireNonNull(exampleQuestion, "exampleQuestion");
    }

    /** A renderer with no glossary at hand: its reply to chatter names no example. */
    public TextRenderer() {
        this(() -> "what is TERM?");
    }

    public String render(Answer answer) {
        return switch (answer.kind()) {
            case DEFINITION, COMPARISON -> quotes(answer.quotes()) + closeMatches(answer);
            case NOT_FOUND -> notFound(answer);
            case CHATTER -> "(No question there. Ask me about a term, for example \"" + example.get() + "\")";
            case INVALID -> answer.note();
        };
    }

    private String quotes(List<Quote> quotes) {
        List<String> parts = new ArrayList<>();
        for (Quote q : quotes) {
            parts.add(quote(q));
        }
        return String.join("\n\n", parts);
    }

    /** One entry: heading, verbatim definition, aliases, see-also. */
    public String quote(Quote q) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(q.term()).append('\n');
        out.append(q.definition()).append('\n');
        if (!q.aliases().isEmpty()) {
            out.append("\nAlso called: ").append(String.join(", ", q.aliases()));
        }
        if (!q.seeAlso().isEmpty()) {
            out.append("\nSee also: ").append(String.join(", ", q.seeAlso()));
        }
        if (!q.entry().readMore().isEmpty()) {
            out.append("\nRead more: ").append(String.join("; ", q.entry().readMore()));
        }
        return out.toString().stripTrailing();
    }

    /** Other terms that fit a description almost as well, after the quote. */
    private static String closeMatches(Answer answer) {
        return answer.suggestions().isEmpty() ? ""
                : "\n\nNot what you meant? Close matches: " + String.join(", ", answer.suggestions());
    }

    private String notFound(Answer answer) {
        StringBuilder out = new StringBuilder("The glossary has no term for that.");
        if (!answer.suggestions().isEmpty()) {
            out.append(" Did you mean: ").append(String.join(", ", answer.suggestions())).append('?');
        }
        return out.toString();
    }
}
