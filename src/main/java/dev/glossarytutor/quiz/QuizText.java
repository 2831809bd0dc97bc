package dev.glossarytutor.quiz;

import dev.glossarytutor.answer.Quote;
import dev.glossarytutor.define.TextRenderer;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Plain-text rendering of quiz events and tables, for the console (and any text transport).
 * Reveals quote the definition through {@link TextRenderer#quote}, so it is shown verbatim.
 */
public final class QuizText {
    private final TextRenderer renderer;
    private final UnaryOperator<String> names;

    /** @param names how a user id is shown (the console shows "you") */
    public QuizText(TextRenderer renderer, UnaryOperator<String> names) {
        this.renderer = renderer;
        this.names = names;
    }

    public String render(QuizEvent event) {
        if (event instanceof QuizEvent.Started s) {
            return "Quiz: " + s.questions() + (s.questions() == 1 ? " question" : " questions")
                    + (s.settings().review() ? ", due review terms first" : "")
                    + s.settings().timeLimit().map(d -> ", " + d.toSeconds() + " s each").orElse("")
                    + ". Answer with A-D or type the term; stop ends the quiz.";
        } else if (event instanceof QuizEvent.QuestionAsked q) {
            return question(q);
        } else if (event instanceof QuizEvent.AnswerJudged j) {
            return verdict(j);
        } else if (event instanceof QuizEvent.QuestionClosed c) {
            return reveal(c);
        } else if (event instanceof QuizEvent.Ended e) {
            return ended(e);
        }
        throw new IllegalArgumentException("unknown quiz event " + event);
    }

    private String question(QuizEvent.QuestionAsked q) {
        Question question = q.question();
        StringBuilder out = new StringBuilder();
        out.append("Question ").append(q.number()).append('/').append(q.total()).append(": ")
                .append(question.kind().instruction());
        out.append('\n').append(question.prompt());
        for (int i = 0; i < question.options().size(); i++) {
            out.append("\n  ").append(Question.letter(i)).append(") ").append(question.options().get(i));
        }
        return out.toString();
    }

    private String verdict(QuizEvent.AnswerJudged j) {
        String who = names.apply(j.user());
        String meant = j.verdict().meant().filter(m -> !j.verdict().correct())
                .map(m -> " (that is " + m + ")").orElse("");
        return j.verdict().correct() ? who + ": correct!" : who + ": not quite" + meant + ".";
    }

    /** How a reveal begins: nothing after an answer, else why the question closed. Every transport uses it. */
    public static String revealLead(QuizEvent.QuestionClosed c) {
        return switch (c.reason()) {
            case ANSWERED -> "";
            case TIME_UP -> "Time's up! ";
            case STOPPED -> "Stopped. ";
        };
    }

    /** Why a quiz ended, as the headline of its results. Every transport uses it. */
    public static String endedHeadline(QuizEvent.Ended e) {
        return switch (e.reason()) {
            case FINISHED -> "Quiz over";
            case STOPPED -> "Quiz stopped after " + e.asked() + " of " + e.total() + " questions";
            case IDLE -> "Quiz stopped: nobody answered for a while";
        };
    }

    /** The closing line of a quiz in which nobody answered. */
    public static String noAnswers(QuizEvent.Ended e) {
        return endedHeadline(e) + ". No answers were given.";
    }

    private String reveal(QuizEvent.QuestionClosed c) {
        StringBuilder out = new StringBuilder(revealLead(c)).append("Answer: ").append(c.question().answerLabel());
        if (!c.correctUsers().isEmpty() && !c.key().personal()) {
            out.append(" (right: ").append(String.join(", ", c.correctUsers().stream().map(names).toList()))
                    .append(')');
        }
        out.append('\n').append(renderer.quote(new Quote(c.question().entry(), 1.0)));
        return out.toString();
    }

    private String ended(QuizEvent.Ended e) {
        if (e.results().isEmpty()) {
            return noAnswers(e);
        }
        return endedHeadline(e) + ". Results:\n" + table(e.results().stream()
                .map(r -> new LeaderboardRow(r.rank(), r.user(), r.correct(), r.answered())).toList());
    }

    /** A ranked table: rank, name, correct/answered, accuracy. */
    public String table(List<LeaderboardRow> rows) {
        if (rows.isEmpty()) {
            return "  (nobody yet)";
        }
        int width = Math.max(4, rows.stream().mapToInt(r -> names.apply(r.user()).length()).max().orElse(4));
        StringBuilder out = new StringBuilder(String.format("  %-4s %-" + width + "s %9s %8s", "#", "name",
                "correct", "accuracy"));
        for (LeaderboardRow r : rows) {
            out.append('\n').append(String.format("  %-4d %-" + width + "s %9s %7d%%", r.rank(),
                    names.apply(r.user()), r.correct() + "/" + r.answered(),
                    r.answered() == 0 ? 0 : Math.round(100.0 * r.correct() / r.answered())));
        }
        return out.toString();
    }
}
