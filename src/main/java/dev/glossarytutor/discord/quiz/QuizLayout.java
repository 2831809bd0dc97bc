package dev.glossarytutor.discord.quiz;

import dev.glossarytutor.answer.Quote;
import dev.glossarytutor.discord.layout.DiscordLayout;
import dev.glossarytutor.discord.layout.DiscordMarkdown;
import dev.glossarytutor.discord.layout.MessagePlan;
import dev.glossarytutor.quiz.Question;
import dev.glossarytutor.quiz.QuizEvent;
import dev.glossarytutor.quiz.QuizText;
import dev.glossarytutor.quiz.ResultRow;
import dev.glossarytutor.discord.layout.MessagePlan.ButtonPlan;
import dev.glossarytutor.discord.layout.MessagePlan.EmbedPlan;
import dev.glossarytutor.quiz.LeaderboardRow;
import dev.glossarytutor.quiz.PlayerStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Quiz messages for Discord, independent of the chat library: a question with A-D buttons (or a
 * "type your answer" button), the reveal quoting the definition verbatim, and the tables. Users
 * are shown as {@code <@id>}, which renders as a name; the transport sends every message with
 * {@code allowed_mentions} that ping nobody.
 *
 * <p>A button's custom id is {@code quiz:<quiz id>:<question number>:<choice>}, choice being the
 * option index or {@code type}; the quiz id tells apart quizzes that reuse a channel.
 */
public final class QuizLayout {
    public static final String BUTTON_PREFIX = "quiz:";
    public static final String TYPE_CHOICE = "type";
    /** Custom id prefix of the modal a typed answer is entered in, followed by quiz id and number. */
    public static final String MODAL_PREFIX = "quizanswer:";
    public static final String MODAL_INPUT = "answer";
    private static final int SCORE_LINES = 10;
    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");

    private final DiscordLayout layout;

    public QuizLayout(DiscordLayout layout) {
        this.layout = layout;
    }

    /** A click on a quiz button, parsed from its custom id. */
    public record Click(String quizId, int number, Optional<Integer> option) {
        public boolean typed() {
            return option.isEmpty();
        }
    }

    /** Parses a quiz button or modal id; empty for anything else (including tampered ids). */
    public static Optional<Click> click(String customId) {
        if (customId == null) {
            return Optional.empty();
        }
        String rest;
        if (customId.startsWith(BUTTON_PREFIX)) {
            rest = customId.substring(BUTTON_PREFIX.length());
        } else if (customId.startsWith(MODAL_PREFIX)) {
            rest = customId.substring(MODAL_PREFIX.length()) + ":" + TYPE_CHOICE;
        } else {
            return Optional.empty();
        }
        String[] parts = rest.split(":", -1);
        if (parts.length != 3 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(parts[1]);
            if (parts[2].equals(TYPE_CHOICE)) {
                return Optional.of(new Click(parts[0], number, Optional.empty()));
            }
            int option = Integer.parseInt(parts[2]);
            return option >= 0 && option < Question.OPTIONS
                    ? Optional.of(new Click(parts[0], number, Optional.of(option))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static String modalId(String quizId, int number) {
        return MODAL_PREFIX + quizId + ":" + number;
    }

    /** The question: instruction and prompt in an embed, options listed A-D, one button per option. */
    public MessagePlan question(String quizId, QuizEvent.QuestionAsked asked, boolean ephemeral) {
        Question q = asked.question();
        StringBuilder content = new StringBuilder("**Question ").append(asked.number()).append('/')
                .append(asked.total()).append("** \u00b7 ").append(q.kind().instruction());
        asked.deadline().ifPresent(d -> content.append(" \u00b7 closes <t:").append(d.getEpochSecond()).append(":R>"));
        // prompts and options are glossary text: escaped so Discord shows them as written ("___" blanks, math)
        StringBuilder body = new StringBuilder(DiscordMarkdown.escape(q.prompt()));
        List<ButtonPlan> buttons = new ArrayList<>();
        String base = BUTTON_PREFIX + quizId + ":" + asked.number() + ":";
        if (q.isMultipleChoice()) {
            body.append("\n");
            for (int i = 0; i < q.options().size(); i++) {
                body.append("\n**").append(Question.letter(i)).append(")** ").append(DiscordMarkdown.escape(q.options().get(i)));
                buttons.add(new ButtonPlan(base + i, Question.letter(i)));
            }
        } else {
            buttons.add(new ButtonPlan(base + TYPE_CHOICE, "Type your answer"));
        }
        List<EmbedPlan> embeds = new ArrayList<>();
        for (String piece : DiscordLayout.split(body.toString(), DiscordLayout.DESCRIPTION_LIMIT)) {
            if (embeds.size() < 2) { // 2 x 4,096 stays under the 6,000-character message budget only when short
                embeds.add(new EmbedPlan("", piece, List.of()));
            }
        }
        while (embeds.stream().mapToInt(EmbedPlan::length).sum() > DiscordLayout.MESSAGE_EMBED_LIMIT) {
            embeds.remove(embeds.size() - 1);
        }
        return new MessagePlan(content.toString(), embeds, buttons, ephemeral);
    }

    /**
     * The reveal: the right answer, who got it (channel quizzes), the running scores, and the entry
     * with its definition verbatim (more messages when it is long).
     */
    public List<MessagePlan> reveal(QuizEvent.QuestionClosed closed, List<ResultRow> scores, boolean ephemeral) {
        StringBuilder content = new StringBuilder(QuizText.revealLead(closed));
        content.append("The answer is **").append(DiscordMarkdown.escape(closed.question().answerLabel())).append("**.");
        if (!closed.key().personal()) {
            List<String> right = closed.correctUsers();
            content.append(right.isEmpty() ? "\nNobody got it this time."
                    : "\nRight: " + String.join(", ", right.stream().limit(SCORE_LINES * 2L).map(QuizLayout::name).toList())
                    + (right.size() > SCORE_LINES * 2 ? " and " + (right.size() - SCORE_LINES * 2) + " more" : ""));
            if (!scores.isEmpty()) {
                content.append("\nScores: ").append(scoreLine(scores));
            }
        }
        List<MessagePlan> quote = layout.quotes(List.of(new Quote(closed.question().entry(), 1.0)));
        List<MessagePlan> out = new ArrayList<>();
        MessagePlan first = quote.get(0);
        out.add(new MessagePlan(content.toString(), first.embeds(), List.of(), ephemeral));
        quote.subList(1, quote.size()).forEach(p -> out.add(p.withEphemeral(ephemeral)));
        return out;
    }

    /** The end of a quiz and its results table. */
    public MessagePlan ended(QuizEvent.Ended ended, boolean ephemeral) {
        if (ended.results().isEmpty()) {
            return MessagePlan.text(QuizText.noAnswers(ended), ephemeral);
        }
        StringBuilder out = new StringBuilder("**").append(QuizText.endedHeadline(ended)).append(".** Results:");
        for (ResultRow r : ended.results()) {
            String line = "\n" + r.rank() + ". " + name(r.user()) + " \u2014 " + r.correct() + "/" + r.answered();
            if (out.length() + line.length() > DiscordLayout.CONTENT_LIMIT) {
                break;
            }
            out.append(line);
        }
        return MessagePlan.text(out.toString(), ephemeral);
    }

    /** A leaderboard under a heading such as "Leaderboard, last 7 days". */
    public MessagePlan leaderboard(String heading, List<LeaderboardRow> rows) {
        if (rows.isEmpty()) {
            return MessagePlan.text("**" + heading + "**\nNobody has answered a quiz question yet.", false);
        }
        StringBuilder out = new StringBuilder("**").append(heading).append("**");
        for (LeaderboardRow r : rows) {
            String line = "\n" + r.rank() + ". " + name(r.user()) + " \u2014 " + r.correct() + "/" + r.answered()
                    + " correct (" + percent(r.correct(), r.answered()) + ")";
            if (out.length() + line.length() > DiscordLayout.CONTENT_LIMIT) {
                break;
            }
            out.append(line);
        }
        return MessagePlan.text(out.toString(), false);
    }

    /** A student's record in this server. */
    public MessagePlan stats(String user, Optional<PlayerStats> stats) {
        if (stats.isEmpty()) {
            return MessagePlan.text(name(user) + " has not answered a quiz question here yet.", true);
        }
        PlayerStats s = stats.get();
        return MessagePlan.text(name(user) + ": " + s.correct() + "/" + s.answered() + " correct ("
                + percent(s.correct(), s.answered()) + "), streak " + s.streak() + " (best " + s.bestStreak()
                + "), last played <t:" + s.lastPlayed().getEpochSecond() + ":R>.", true);
    }

    /** How a user is shown: a mention, which renders as the name and (with no allowed mentions) never pings. */
    public static String name(String userId) {
        return SNOWFLAKE.matcher(userId).matches() ? "<@" + userId + ">" : DiscordLayout.neutralize(userId);
    }

    private static String scoreLine(List<ResultRow> scores) {
        List<String> parts = new ArrayList<>();
        for (ResultRow r : scores.subList(0, Math.min(SCORE_LINES, scores.size()))) {
            parts.add(name(r.user()) + " " + r.correct() + "/" + r.answered());
        }
        return String.join(" \u00b7 ", parts) + (scores.size() > SCORE_LINES ? " \u2026" : "");
    }

    private static String percent(int correct, int answered) {
        return (answered == 0 ? 0 : Math.round(100.0 * correct / answered)) + "%";
    }
}
