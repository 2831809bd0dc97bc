package dev.glossarytutor.totd;

import dev.glossarytutor.answer.Quote;
import dev.glossarytutor.define.TextRenderer;

/**
 * A term-of-the-day post as plain text: a title, the entry as {@link TextRenderer#quote} shows it
 * (the definition verbatim), then the quick check with lettered options.
 */
public final class TotdTextRenderer {
    private final TextRenderer quotes;

    public TotdTextRenderer(TextRenderer quotes) {
        this.quotes = quotes;
    }

    /** The post; with {@code revealAnswer} the quick check's answer follows it (no spoilers on a console). */
    public String render(TotdPost post, boolean revealAnswer) {
        StringBuilder out = new StringBuilder();
        out.append("Term of the day, ").append(post.date()).append('\n');
        out.append(quotes.quote(new Quote(post.entry(), 1.0)));
        post.quickCheck().ifPresent(check -> {
            out.append("\n\nQuick check: ").append(check.prompt()).append('\n');
            for (int i = 0; i < check.options().size(); i++) {
                out.append("  ").append(letter(i)).append(") ").append(check.options().get(i)).append('\n');
            }
            if (revealAnswer) {
                out.append("Answer: ").append(letter(check.correctIndex())).append(") ").append(check.correctOption());
            }
        });
        return out.toString().stripTrailing();
    }

    static char letter(int index) {
        return (char) ('A' + index);
    }
}
