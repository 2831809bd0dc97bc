package dev.glossarytutor.discord;

import dev.glossarytutor.quiz.OpenQuizRepository;
import dev.glossarytutor.quiz.OpenQuizRepository.OpenMessage;
import dev.glossarytutor.quiz.QuizEvent;
import dev.glossarytutor.quiz.QuizKey;
import dev.glossarytutor.quiz.QuizListener;
import dev.glossarytutor.quiz.ResultRow;
import dev.glossarytutor.quiz.ScoreTally;
import dev.glossarytutor.discord.layout.MessagePlan;
import dev.glossarytutor.discord.quiz.QuizLayout;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageUpdater;
import org.javacord.api.entity.message.component.HighLevelComponent;
import org.javacord.api.interaction.InteractionBase;
import org.javacord.api.interaction.callback.InteractionFollowupMessageBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@link QuizEvent}s into Discord messages. A channel quiz posts its questions in the
 * channel; a personal quiz sends them as private follow-ups of the player's latest interaction.
 * When a question closes, its message is edited so the buttons are disabled, and the reveal follows.
 *
 * <p>Events arrive in order under the quiz's lock; the sends for one quiz are chained so they reach
 * Discord in that order too, and the engine never waits for Discord. Channel-quiz question messages
 * are recorded in {@link OpenQuizRepository} while open, so a restart can close them.
 */
final class QuizPublisher implements QuizListener {
    static final String RESTART_NOTE = "This quiz ended because the bot restarted. Scores already earned are kept.";

    private static final Logger log = LoggerFactory.getLogger(QuizPublisher.class);

    private final QuizLayout layout;
    private final Function<String, Optional<TextChannel>> channels;
    private final OpenQuizRepository openMessages;
    private final Clock clock;
    private final Map<QuizKey, LiveQuiz> byKey = new ConcurrentHashMap<>();
    private final Map<String, LiveQuiz> byId = new ConcurrentHashMap<>();
    /** Quiz ids start at random, so a button left from before a restart never matches a new quiz. */
    private final AtomicLong ids = new AtomicLong(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40));

    /** What the adapter knows of one running quiz. Sends are chained on {@code sends}. */
    static final class LiveQuiz {
        final String id;
        final QuizKey key;
        /** The player's latest answered interaction (personal quizzes): follow-ups go through it. */
        volatile InteractionBase personal;
        /** The number of the open question, 0 when none is open. */
        volatile int openNumber;
        private CompletableFuture<?> sends = CompletableFuture.completedFuture(null);
        private CompletableFuture<Posted> question = CompletableFuture.completedFuture(null);
        private MessagePlan questionPlan;
        private final ScoreTally tally = new ScoreTally();
        /** "number:user" of every counted answer, so a typed-answer button can refuse a second try. */
        private final java.util.Set<String> answered = ConcurrentHashMap.newKeySet();

        LiveQuiz(String id, QuizKey key) {
            this.id = id;
            this.key = key;
        }

        /** Runs {@code step} after the sends before it, whether they worked or not; a failure is logged. */
        synchronized void then(Function<Object, CompletableFuture<?>> step) {
            sends = sends.handle((ok, e) -> null).thenCompose(step::apply).whenComplete((ok, e) -> {
                if (e != null) {
                    log.warn("Sending a message of quiz {} failed", id, e);
                }
            });
        }

        /** Later sends wait until {@code gate} completes (the interaction they follow up has been answered). */
        synchronized void holdUntil(CompletableFuture<?> gate) {
            CompletableFuture<?> before = sends;
            sends = before.handle((ok, e) -> null).thenCompose(x -> gate.handle((ok, e) -> null));
        }

        List<ResultRow> scores() {
            return tally.rows();
        }

        void count(String user, boolean correct) {
            tally.count(user, correct);
        }

        /** Whether {@code user} has a counted answer to question {@code number}. */
        boolean answered(String user, int number) {
            return answered.contains(number + ":" + user);
        }
    }

    /** A question message that went out, and the interaction that can edit it (personal quizzes). */
    private record Posted(Message message, InteractionBase creator) {
    }

    QuizPublisher(QuizLayout layout, Function<String, Optional<TextChannel>> channels,
                  OpenQuizRepository openMessages, Clock clock) {
        this.layout = layout;
        this.channels = channels;
        this.openMessages = openMessages;
        this.clock = clock;
    }

    /** A quiz about to start: its sends wait for {@code gate}; {@code fresh} when no quiz held the key before. */
    record Prepared(CompletableFuture<Void> gate, LiveQuiz quiz, boolean fresh) {
    }

    /**
     * Called before a quiz is started by {@code interaction}: its messages wait until the
     * interaction's own reply is out, which the caller signals by completing the gate.
     */
    Prepared prepare(QuizKey key, InteractionBase interaction) {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        LiveQuiz fresh = new LiveQuiz(Long.toString(ids.incrementAndGet(), 36), key);
        LiveQuiz quiz = byKey.computeIfAbsent(key, k -> fresh);
        if (quiz == fresh) {
            byId.put(fresh.id, fresh);
            fresh.personal = interaction;
            fresh.holdUntil(gate);
        }
        return new Prepared(gate, quiz, quiz == fresh);
    }

    /** Forgets a prepared quiz that did not start (another one holds the channel). */
    void discard(Prepared prepared) {
        prepared.gate().complete(null);
        if (prepared.fresh()) {
            byKey.remove(prepared.quiz().key, prepared.quiz());
            byId.remove(prepared.quiz().id, prepared.quiz());
        }
    }

    Optional<LiveQuiz> find(String quizId) {
        return Optional.ofNullable(byId.get(quizId));
    }

    @Override
    public void on(QuizEvent event) {
        if (event instanceof QuizEvent.Started s) {
            live(s.key());
        } else if (event instanceof QuizEvent.QuestionAsked q) {
            asked(live(q.key()), q);
        } else if (event instanceof QuizEvent.AnswerJudged j) {
            LiveQuiz quiz = live(j.key());
            quiz.answered.add(j.number() + ":" + j.user());
            quiz.count(j.user(), j.verdict().correct());
        } else if (event instanceof QuizEvent.QuestionClosed c) {
            closed(live(c.key()), c);
        } else if (event instanceof QuizEvent.Ended e) {
            ended(live(e.key()), e);
        }
    }

    private LiveQuiz live(QuizKey key) {
        return byKey.computeIfAbsent(key, k -> {
            LiveQuiz q = new LiveQuiz(Long.toString(ids.incrementAndGet(), 36), k);
            byId.put(q.id, q);
            return q;
        });
    }

    private void asked(LiveQuiz quiz, QuizEvent.QuestionAsked asked) {
        MessagePlan plan = layout.question(quiz.id, asked, quiz.key.personal());
        CompletableFuture<Posted> posted = new CompletableFuture<>();
        synchronized (quiz) {
            quiz.questionPlan = plan;
            quiz.question = posted;
            quiz.openNumber = asked.number();
        }
        quiz.then(x -> send(quiz, plan).thenApply(p -> {
            if (!quiz.key.personal()) {
                openMessages.open(new OpenMessage(p.message().getIdAsString(), quiz.key.channel(), quiz.key.server(),
                        clock.instant()));
            }
            posted.complete(p);
            return p;
        }).whenComplete((p, e) -> {
            if (e != null) {
                posted.complete(null);
                log.warn("Posting quiz question {} in channel {} failed", asked.number(), quiz.key.channel(), e);
            }
        }));
    }

    private void closed(LiveQuiz quiz, QuizEvent.QuestionClosed closed) {
        CompletableFuture<Posted> question;
        MessagePlan disabled;
        synchronized (quiz) {
            quiz.openNumber = 0;
            question = quiz.question;
            disabled = quiz.questionPlan == null ? null : quiz.questionPlan.withButtonsDisabled();
        }
        List<MessagePlan> reveal = layout.reveal(closed, quiz.scores(), quiz.key.personal());
        quiz.then(x -> question.thenCompose(p -> p == null || disabled == null
                ? CompletableFuture.completedFuture(null) : disable(quiz, p, disabled)));
        for (MessagePlan plan : reveal) {
            quiz.then(x -> send(quiz, plan));
        }
    }

    private void ended(LiveQuiz quiz, QuizEvent.Ended ended) {
        MessagePlan plan = layout.ended(ended, quiz.key.personal());
        quiz.then(x -> send(quiz, plan));
        byKey.remove(quiz.key, quiz);
        byId.remove(quiz.id, quiz);
    }

    private CompletableFuture<Posted> send(LiveQuiz quiz, MessagePlan plan) {
        if (quiz.key.personal()) {
            InteractionBase via = quiz.personal;
            if (via == null) {
                return CompletableFuture.failedFuture(new IllegalStateException("no interaction to follow up"));
            }
            InteractionFollowupMessageBuilder builder = via.createFollowupMessageBuilder();
            Replies.fill(builder, plan);
            return builder.send().thenApply(m -> new Posted(m, via));
        }
        Optional<TextChannel> channel = channels.apply(quiz.key.channel());
        if (channel.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException("channel " + quiz.key.channel() + " is gone"));
        }
        return Replies.message(plan).send(channel.get()).thenApply(m -> new Posted(m, null));
    }

    /** Edits a question message so its buttons show but cannot be clicked. */
    private CompletableFuture<?> disable(LiveQuiz quiz, Posted posted, MessagePlan disabled) {
        CompletableFuture<?> edit;
        if (posted.creator() != null) {
            InteractionFollowupMessageBuilder builder = posted.creator().createFollowupMessageBuilder();
            Replies.fill(builder, disabled);
            edit = builder.update(posted.message().getId());
        } else {
            edit = new MessageUpdater(posted.message())
                    .removeAllComponents()
                    .addComponents(Replies.rows(disabled).toArray(new HighLevelComponent[0]))
                    .setAllowedMentions(Replies.noPings())
                    .applyChanges()
                    .thenRun(() -> openMessages.closed(posted.message().getIdAsString()));
        }
        return edit.exceptionally(e -> {
            log.warn("Disabling the buttons of quiz {} failed", quiz.id, e);
            return null;
        });
    }

    /**
     * Closes the question messages a previous process left open: buttons removed, a note posted.
     * Rows whose channel or message is gone are dropped.
     */
    CompletableFuture<Void> closeInterrupted() {
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (OpenMessage open : openMessages.all()) {
            Optional<TextChannel> channel = channels.apply(open.channelId());
            if (channel.isEmpty()) {
                log.info("Quiz message {} was in channel {}, which is gone; forgetting it", open.messageId(), open.channelId());
                openMessages.closed(open.messageId());
                continue;
            }
            all.add(channel.get().getMessageById(open.messageId())
                    .thenCompose(m -> new MessageUpdater(m).removeAllComponents().setAllowedMentions(Replies.noPings())
                            .applyChanges()
                            .thenCompose(edited -> {
                                openMessages.closed(open.messageId());
                                return Replies.message(MessagePlan.text(RESTART_NOTE, false)).replyTo(m).send(channel.get());
                            }))
                    .whenComplete((ok, e) -> {
                        if (e != null) {
                            log.warn("Closing the interrupted quiz message {} failed: {}", open.messageId(), e.toString());
                        } else {
                            log.info("Closed quiz message {} left open by a restart", open.messageId());
                        }
                        openMessages.closed(open.messageId());
                    }));
        }
        return CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0]));
    }
}
