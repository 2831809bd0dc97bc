package dev.glossarytutor.discord;

import dev.glossarytutor.quiz.AnswerResult;
import dev.glossarytutor.quiz.LeitnerBoxes;
import dev.glossarytutor.quiz.LeitnerChart;
import dev.glossarytutor.quiz.Question;
import dev.glossarytutor.quiz.QuestionKind;
import dev.glossarytutor.quiz.QuizEngine;
import dev.glossarytutor.quiz.QuizKey;
import dev.glossarytutor.quiz.QuizMode;
import dev.glossarytutor.quiz.QuizProgress;
import dev.glossarytutor.quiz.QuizSettings;
import dev.glossarytutor.quiz.Scoring;
import dev.glossarytutor.quiz.StartResult;
import dev.glossarytutor.quiz.StopResult;
import dev.glossarytutor.discord.layout.MessagePlan;
import dev.glossarytutor.discord.quiz.QuizLayout;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.javacord.api.entity.DiscordEntity;
import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.message.component.TextInput;
import org.javacord.api.entity.message.component.TextInputStyle;
import org.javacord.api.interaction.ApplicationCommandBuilder;
import org.javacord.api.interaction.InteractionBase;
import org.javacord.api.interaction.MessageComponentInteractionBase;
import org.javacord.api.interaction.ModalInteraction;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandInteractionOptionsProvider;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionChoice;
import org.javacord.api.interaction.SlashCommandOptionType;
import org.javacord.api.interaction.callback.InteractionImmediateResponseBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /quiz ...}, the A-D buttons and the typed-answer modal, mapped to {@link QuizEngine}
 * calls. Replies to the one who acted are private; what everyone sees comes from the
 * {@link QuizPublisher}. Answers are recorded inline (one small SQLite write), well inside
 * Discord's three seconds.
 */
final class QuizInteractions implements DiscordFeature {
    static final String LEADERBOARD_WEEK = "week";
    static final String LEADERBOARD_ALL = "all";
    static final int LEADERBOARD_ROWS = 10;
    private static final Set<QuestionKind> MULTIPLE_CHOICE =
            EnumSet.of(QuestionKind.DEFINITION_TO_TERM, QuestionKind.TERM_TO_DEFINITION);

    static final String ALREADY_ANSWERED = "You already answered this question; your first answer counts.";

    private static final Logger log = LoggerFactory.getLogger(QuizInteractions.class);

    private final QuizEngine engine;
    private final QuizPublisher publisher;
    private final QuizLayout layout;
    private final Responder responder;
    private final InstructorGate gate;

    /** Builds the quiz room and its publisher, which the engine tells about every quiz event. */
    static QuizInteractions create(DiscordContext c) {
        QuizLayout layout = new QuizLayout(c.layout());
        QuizPublisher publisher = new QuizPublisher(layout, c.api()::getTextChannelById, c.services().openQuizzes(),
                c.services().clock());
        c.services().quiz().addListener(publisher);
        return new QuizInteractions(c.services().quiz(), publisher, layout, c.responder(), c.gate());
    }

    QuizInteractions(QuizEngine engine, QuizPublisher publisher, QuizLayout layout, Responder responder,
                     InstructorGate gate) {
        this.engine = engine;
        this.publisher = publisher;
        this.layout = layout;
        this.responder = responder;
        this.gate = gate;
    }

    /** The {@code /quiz} command. */
    static List<ApplicationCommandBuilder<?, ?, ?>> definitions() {
        SlashCommandOption questions = SlashCommandOption.createLongOption(Names.QUESTIONS, "How many questions (default "
                + QuizSettings.DEFAULT_QUESTIONS + ")", false, QuizSettings.MIN_QUESTIONS, QuizSettings.MAX_QUESTIONS);
        SlashCommandOption typed = SlashCommandOption.createBooleanOption(Names.TYPED,
                "Include questions where you type the term", false);
        return List.of(SlashCommand.with(Names.QUIZ, "Quizzes on the glossary", List.of(
                SlashCommandOption.createSubcommand(Names.START, "A quiz for everyone in this channel", List.of(
                        questions,
                        SlashCommandOption.createLongOption(Names.SECONDS, "Seconds per question (default "
                                + QuizSettings.DEFAULT_TIME.toSeconds() + ")", false, QuizSettings.MIN_TIME.toSeconds(),
                                QuizSettings.MAX_TIME.toSeconds()),
                        SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, Names.SCORING, "Who scores",
                                false, List.of(SlashCommandOptionChoice.create("first correct answer", "first"),
                                        SlashCommandOptionChoice.create("every correct answer", "every"))),
                        typed)),
                SlashCommandOption.createSubcommand(Names.ME, "A private quiz just for you", List.of(questions, typed)),
                SlashCommandOption.createSubcommand(Names.REVIEW, "A private quiz on the terms due for review",
                        List.of(questions)),
                SlashCommandOption.createSubcommand(Names.STOP, "End the quiz you started (instructors: any quiz here)"),
                SlashCommandOption.createSubcommand(Names.STATS, "Quiz scores and streaks",
                        List.of(SlashCommandOption.createUserOption(Names.USER, "Whose (default: yours)", false))),
                SlashCommandOption.createSubcommand(Names.LEADERBOARD, "The best quiz players here",
                        List.of(SlashCommandOption.createWithChoices(SlashCommandOptionType.STRING, Names.PERIOD,
                                "Which period (default: all time)", false, List.of(
                                        SlashCommandOptionChoice.create("all time", LEADERBOARD_ALL),
                                        SlashCommandOptionChoice.create("last 7 days", LEADERBOARD_WEEK)))))))
                .setEnabledInDms(false));
    }

    @Override
    public List<ApplicationCommandBuilder<?, ?, ?>> commands() {
        return definitions();
    }

    @Override
    public Set<String> commandNames() {
        return Set.of(Names.QUIZ);
    }

    @Override
    public List<String> help() {
        return List.of("`/quiz start` \u2014 a quiz for the channel (click A\u2013D); `/quiz me` \u2014 a private one;"
                + " `/quiz leaderboard`, `/quiz stats`");
    }

    /** Closes the question messages a previous process left open. */
    @Override
    public void started() {
        publisher.closeInterrupted();
    }

    @Override
    public void close() {
        engine.removeListener(publisher);
    }

    /** Handles {@code /quiz <sub>}. */
    @Override
    public void onSlashCommand(SlashCommandInteraction i, String sub) {
        if (i.getServer().isEmpty()) {
            responder.refuse(i, "Quizzes run in a server channel.");
            return;
        }
        SlashCommandInteractionOptionsProvider options = Options.of(i);
        switch (sub) {
            case Names.START -> start(i, options, QuizMode.CHANNEL, false);
            case Names.ME -> start(i, options, QuizMode.PERSONAL, false);
            case Names.REVIEW -> start(i, options, QuizMode.PERSONAL, true);
            case Names.STOP -> {
                StopResult r = engine.stop(server(i), channel(i), user(i), gate.allows(i.getServer(), i.getUser()));
                responder.refuse(i, r.message());
            }
            case Names.STATS -> {
                String who = options.getArgumentStringRepresentationValueByName(Names.USER).orElse(user(i));
                String server = server(i);
                boolean own = who.equals(user(i));
                // a record is private: a slow picture defers privately too, never a public "thinking..."
                responder.respondPrivately(i, () -> List.of(withReviewBoxes(layout.stats(who, engine.progress().stats(server, who)),
                        own ? engine.reviewBoxes(server, who) : null)));
            }
            case Names.LEADERBOARD -> {
                boolean week = options.getArgumentStringValueByName(Names.PERIOD).orElse(LEADERBOARD_ALL)
                        .equals(LEADERBOARD_WEEK);
                String server = server(i);
                QuizProgress progress = engine.progress();
                responder.respond(i, () -> List.of(week
                        ? layout.leaderboard("Leaderboard, last " + QuizProgress.RECENT.toDays() + " days",
                                progress.recentLeaderboard(server, LEADERBOARD_ROWS))
                        : layout.leaderboard("Leaderboard, all time", progress.leaderboard(server, LEADERBOARD_ROWS))));
            }
            default -> responder.refuse(i, "I do not know /quiz " + sub + ".");
        }
    }

    private void start(SlashCommandInteraction i, SlashCommandInteractionOptionsProvider options, QuizMode mode,
                       boolean review) {
        QuizSettings settings;
        try {
            settings = settings(options, mode, review);
        } catch (IllegalArgumentException e) {
            responder.refuse(i, e.getMessage());
            return;
        }
        String user = user(i);
        QuizKey key = mode == QuizMode.PERSONAL ? QuizKey.personal(server(i), channel(i), user)
                : QuizKey.channel(server(i), channel(i));
        QuizPublisher.Prepared prepared = publisher.prepare(key, i);
        StartResult started;
        try {
            started = engine.start(server(i), channel(i), user, settings);
        } catch (RuntimeException e) {
            publisher.discard(prepared);
            throw e;
        }
        if (!started.started()) {
            publisher.discard(prepared);
            responder.refuse(i, started.message());
            return;
        }
        String text = mode == QuizMode.PERSONAL
                ? "Your quiz: " + settings.questions() + (settings.questions() == 1 ? " question" : " questions")
                        + (review ? ", due review terms first" : "") + ". Only you can see it; `/quiz stop` ends it."
                : QuizLayout.name(user) + " started a quiz: " + settings.questions()
                        + (settings.questions() == 1 ? " question, " : " questions, ")
                        + settings.timeLimit().map(Duration::toSeconds).orElse(0L) + " s each, "
                        + (settings.scoring() == Scoring.FIRST_CORRECT ? "first correct answer scores"
                        : "every correct answer scores") + ". "
                        + (settings.kinds().contains(QuestionKind.TYPE_THE_TERM)
                        ? "Click A\u2013D, or \u201cType your answer\u201d when the term is asked for; your first answer counts."
                        : "Click A\u2013D to answer; your first click counts.");
        InteractionImmediateResponseBuilder reply = i.createImmediateResponder();
        Replies.fill(reply, MessagePlan.text(text, mode == QuizMode.PERSONAL));
        reply.respond().whenComplete((ok, e) -> {
            if (e != null) {
                log.warn("Announcing a quiz failed", e);
            }
            prepared.gate().complete(null);
        });
    }

    static QuizSettings settings(SlashCommandInteractionOptionsProvider options, QuizMode mode, boolean review) {
        QuizSettings.Builder b = QuizSettings.builder().mode(mode).review(review);
        options.getArgumentLongValueByName(Names.QUESTIONS).ifPresent(n -> b.questions(Math.toIntExact(n)));
        boolean typed = options.getArgumentBooleanValueByName(Names.TYPED).orElse(mode == QuizMode.PERSONAL);
        if (!typed) {
            b.kinds(MULTIPLE_CHOICE);
        }
        if (mode == QuizMode.CHANNEL) {
            options.getArgumentLongValueByName(Names.SECONDS).ifPresent(s -> b.timeLimit(Duration.ofSeconds(s)));
            options.getArgumentStringValueByName(Names.SCORING)
                    .ifPresent(s -> b.scoring(s.equals("every") ? Scoring.EVERY_CORRECT : Scoring.FIRST_CORRECT));
        } else {
            b.untimed();
        }
        return b.build();
    }

    /** A click on a quiz button; false when the button is not a quiz's. */
    @Override
    public boolean onButton(MessageComponentInteractionBase i) {
        Optional<QuizLayout.Click> click = QuizLayout.click(i.getCustomId());
        if (click.isEmpty()) {
            return false;
        }
        Optional<QuizPublisher.LiveQuiz> quiz = checked(i, click.get());
        if (quiz.isEmpty()) {
            return true;
        }
        if (click.get().typed()) {
            if (quiz.get().answered(user(i), click.get().number())) {
                // the same note as a second A-D click, before the box opens rather than after it is filled
                responder.refuse(i, ALREADY_ANSWERED);
                return true;
            }
            i.respondWithModal(QuizLayout.modalId(click.get().quizId(), click.get().number()), "Your answer",
                    ActionRow.of(TextInput.create(TextInputStyle.SHORT, QuizLayout.MODAL_INPUT, "The term", 1, 100, true)))
                    .exceptionally(e -> logged("Opening the answer box failed", e));
            return true;
        }
        answer(i, quiz.get(), click.get().number(), Question.letter(click.get().option().orElseThrow()));
        return true;
    }

    /** A typed answer from the modal; false when the modal is not a quiz's. */
    @Override
    public boolean onModal(ModalInteraction i) {
        Optional<QuizLayout.Click> click = QuizLayout.click(i.getCustomId());
        if (click.isEmpty()) {
            return false;
        }
        Optional<QuizPublisher.LiveQuiz> quiz = checked(i, click.get());
        if (quiz.isPresent()) {
            answer(i, quiz.get(), click.get().number(), i.getTextInputValueByCustomId(QuizLayout.MODAL_INPUT).orElse(""));
        }
        return true;
    }

    /** The quiz a click belongs to, if the click may count; otherwise the user has been told why not. */
    private Optional<QuizPublisher.LiveQuiz> checked(InteractionBase i, QuizLayout.Click click) {
        Optional<QuizPublisher.LiveQuiz> found = publisher.find(click.quizId());
        if (found.isEmpty()) {
            responder.refuse(i, "This quiz has ended.");
            return Optional.empty();
        }
        QuizPublisher.LiveQuiz quiz = found.get();
        String user = user(i);
        if (quiz.key.player().isPresent() && !quiz.key.player().get().equals(user)) {
            responder.refuse(i, "This is someone else's quiz; start your own with /quiz me.");
            return Optional.empty();
        }
        if (!quiz.key.personal() && engine.running(QuizKey.personal(quiz.key.server(), quiz.key.channel(), user))) {
            responder.refuse(i, "You have your own quiz running here; finish it or end it with /quiz stop first.");
            return Optional.empty();
        }
        if (click.number() != quiz.openNumber) {
            responder.refuse(i, "That question is closed.");
            return Optional.empty();
        }
        return found;
    }

    private void answer(InteractionBase i, QuizPublisher.LiveQuiz quiz, int questionNumber, String text) {
        java.util.concurrent.CompletableFuture<Void> replied = new java.util.concurrent.CompletableFuture<>();
        if (quiz.key.personal()) {
            // the reveal and the next question follow up this interaction, once it has been answered
            quiz.personal = i;
        }
        // whatever this answer makes the quiz say (a first correct answer closes the question) waits
        // until the one who answered has been told, so "Correct!" never arrives after the reveal
        quiz.holdUntil(replied);
        AnswerResult result;
        try {
            result = engine.answer(quiz.key.server(), quiz.key.channel(), user(i), text, questionNumber);
        } catch (RuntimeException e) {
            replied.complete(null);
            throw e;
        }
        String message = switch (result.status()) {
            case CORRECT -> quiz.key.personal() ? "Correct!"
                    : quiz.openNumber != questionNumber ? "Correct! (you were first)"
                    : "Correct! The answer is revealed when the question closes.";
            case WRONG -> "Not quite." + (quiz.key.personal() ? "" : " The answer is revealed when the question closes.");
            default -> result.message();
        };
        InteractionImmediateResponseBuilder reply = i.createImmediateResponder();
        Replies.fill(reply, MessagePlan.text(message.strip(), true));
        reply.respond().whenComplete((ok, e) -> {
            if (e != null) {
                log.warn("Acknowledging a quiz answer failed", e);
            }
            replied.complete(null);
        });
    }

    private static String server(InteractionBase i) {
        return InteractionHandler.serverId(i);
    }

    private static String channel(InteractionBase i) {
        return i.getChannel().map(DiscordEntity::getIdAsString).orElse("dm-" + user(i));
    }

    private static String user(InteractionBase i) {
        return i.getUser().getIdAsString();
    }

    private static Void logged(String what, Throwable e) {
        log.warn(what, e);
        return null;
    }

    /**
     * A student's own stats (always a private reply) carry a picture of their review boxes; another
     * student's boxes are theirs alone, so {@code boxes} is null then.
     */
    static MessagePlan withReviewBoxes(MessagePlan stats, LeitnerBoxes boxes) {
        if (boxes == null || boxes.terms() == 0 || !stats.ephemeral()) {
            return stats;
        }
        return stats.withFiles(List.of(new MessagePlan.FilePlan(LeitnerChart.FILE_NAME, LeitnerChart.png(boxes))));
    }
}
