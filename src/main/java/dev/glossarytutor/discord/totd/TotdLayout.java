package dev.glossarytutor.discord.totd;

import dev.glossarytutor.answer.Quote;
import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.layout.DiscordMarkdown;
import dev.glossarytutor.discord.layout.MessagePlan;
import dev.glossarytutor.totd.QuickCheck;
import dev.glossarytutor.totd.Schedule;
import dev.glossarytutor.totd.TotdInput;
import dev.glossarytutor.totd.TotdPost;
import dev.glossarytutor.totd.Upcoming;
import dev.glossarytutor.discord.layout.MessagePlan.ButtonPlan;
import dev.glossarytutor.discord.layout.MessagePlan.EmbedPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The term of the day as Discord messages, independent of the chat library: the entry as an
 * embed (definition verbatim), then the quick check with one button per option.
 *
 * <p>A quick-check button's custom id is {@code totd:<option index>:<term>}. It does not say which
 * option is right: the check is made again from the term when clicked (it is seeded by the term).
 */
public final class TotdLayout {
    public static final String BUTTON_PREFIX = "totd:";

    private final DiscordLayout layout;

    public TotdLayout(DiscordLayout layout) {
        this.layout = layout;
    }

    /** A click on a quick-check button. */
    public record Click(int option, String term) {
    }

    public static Optional<Click> click(String customId) {
        if (customId == null || !customId.startsWith(BUTTON_PREFIX)) {
            return Optional.empty();
        }
        String[] parts = customId.substring(BUTTON_PREFIX.length()).split(":", 2);
        if (parts.length != 2 || parts[1].isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Click(Integer.parseInt(parts[0]), parts[1]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The post; {@code mention} (e.g. {@code <@&123>}) leads the content when the schedule pings a role.
     * A very long definition continues in further messages; the quick check is on the last.
     */
    public List<MessagePlan> post(TotdPost post, Optional<String> mention) {
        String heading = mention.map(m -> m + " ").orElse("") + "**Term of the day** \u00b7 " + post.date();
        List<MessagePlan> quote = layout.quotes(List.of(new Quote(post.entry(), 1.0)));
        List<MessagePlan> out = new ArrayList<>();
        for (int n = 0; n < quote.size(); n++) {
            out.add(n == 0 ? new MessagePlan(heading, quote.get(0).embeds(), List.of(), false) : quote.get(n));
        }
        post.quickCheck().ifPresent(check -> out.add(quickCheck(check, post.term())));
        return out;
    }

    private static MessagePlan quickCheck(QuickCheck check, String term) {
        StringBuilder body = new StringBuilder(DiscordMarkdown.escape(check.prompt())).append('\n');
        List<ButtonPlan> buttons = new ArrayList<>();
        for (int i = 0; i < check.options().size(); i++) {
            String letter = letter(i);
            body.append("\n**").append(letter).append(")** ").append(DiscordMarkdown.escape(check.options().get(i)));
            String id = BUTTON_PREFIX + i + ":" + term;
            if (id.length() <= DiscordLayout.CUSTOM_ID_LIMIT && i < DiscordLayout.BUTTONS_PER_ROW * 5) {
                buttons.add(new ButtonPlan(id, letter));
            }
        }
        List<String> pieces = DiscordLayout.split(body.toString(), DiscordLayout.DESCRIPTION_LIMIT);
        return new MessagePlan("", List.of(new EmbedPlan("Quick check", pieces.get(0), List.of())),
                buttons.size() == check.options().size() ? buttons : List.of(), false);
    }

    /** The private answer to a quick-check click. */
    public static MessagePlan quickCheckAnswer(QuickCheck check, int chosen) {
        String right = letter(check.correctIndex()) + ") " + check.correctOption();
        String text = chosen == check.correctIndex() ? "Correct! The answer is " + right + "."
                : "Not quite: the answer is " + right + ".";
        return MessagePlan.text(DiscordLayout.split(text, DiscordLayout.CONTENT_LIMIT).get(0), true);
    }

    /** One line describing a Discord schedule; the channel and role show as mentions (which ping nobody). */
    public static String describe(Schedule s) {
        return TotdInput.describe(s.days()) + " at " + s.time() + " (" + s.zone().getId() + ")"
                + s.channel().map(c -> " in <#" + c + ">").orElse(", no channel set yet")
                + (s.enabled() ? ", on" : ", paused")
                + s.mentionRole().map(r -> ", mentioning <@&" + r + ">").orElse("");
    }

    /** The preview list: date, term, and whether an instructor queued it. */
    public static String preview(List<Upcoming> upcoming) {
        if (upcoming.isEmpty()) {
            return "Nothing is scheduled.";
        }
        StringBuilder out = new StringBuilder("Coming up:");
        for (Upcoming u : upcoming) {
            out.append("\n\u2022 ").append(u.date()).append(" \u2014 ").append(u.term()).append(u.queued() ? " (queued)" : "");
        }
        return out.toString();
    }

    private static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
