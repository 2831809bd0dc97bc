package dev.glossarytutor.explain;

import dev.glossarytutor.define.TextRenderer;
import java.util.Objects;

/**
 * Plain-text form of an {@link Explanation} for the console and the command line: the quote
 * exactly as {@code define} shows it, then the labelled rephrasing or the note.
 */
public final class ExplanationText {
    private final TextRenderer renderer;

    public ExplanationText(TextRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    public String render(Explanation explanation) {
        if (explanation.quote().isEmpty()) {
            return renderer.render(explanation.lookup());
        }
        StringBuilder out = new StringBuilder(renderer.quote(explanation.quote().get()));
        if (explanation.rephrasing().isPresent()) {
            out.append("\n\n--- ").append(Explanation.AI_LABEL).append(" ---\n")
                    .append(explanation.rephrasing().get());
        } else if (!explanation.note().isEmpty()) {
            out.append("\n\n(").append(explanation.note()).append(')');
        }
        return out.toString();
    }
}
