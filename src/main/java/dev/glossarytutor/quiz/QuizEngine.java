package dev.glossarytutor.quiz;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.Entry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs quizzes for any transport. Requests come in as method calls keyed by server, channel and
 * user strings and get an immediate reply value; everything everyone should see (questions,
 * verdicts, reveals, results) goes out as {@link QuizEvent}s to the listeners. Timers (question
 * time, idle stop) come from the injected {@link QuizScheduler} and {@link Clock}.
 *
 * <p>Sessions live in a plain concurrent map rather than an expiring cache: an idle quiz must
 * announce its end at a predictable moment, which the scheduler's idle check does and a cache's
 * lazy, silent eviction would not.
 */
public final class QuizEngine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(QuizEngine.class);

    /** Each server's question generator and judge, over the glossary that server uses. */
    private final Function<String, QuestionFactory> factories;
    private final Function<String, AnswerJudge> judges;
    private final QuizProgress progress;
    private final QuizScheduler scheduler;
    private final Clock clock;
    private final LongSupplier seeds;
    private final Map<QuizKey, QuizSession> sessions = new ConcurrentHashMap<>();
    private final List<QuizListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param seeds seeds for quizzes whose settings give none (a fixed supplier replays quizzes)
     */
    public QuizEngine(QuestionFactory factory, AnswerJudge judge, QuizProgress progress, QuizScheduler scheduler,
                      Clock clock, LongSupplier seeds) {
        this(server -> factory, server -> judge, progress, scheduler, clock, seeds);
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(judge, "judge");
    }

    /**
     * Quizzes over each server's own glossary.
     *
     * @param tutors the tutor of a server's course (see {@code answer.Courses#forServer})
     */
    public QuizEngine(Function<String, Tutor> tutors, QuizProgress progress, QuizScheduler scheduler, Clock clock,
                      LongSupplier seeds) {
        this(server -> new QuestionFactory(tutors.apply(server)), server -> new AnswerJudge(tutors.apply(server)),
                progress, scheduler, clock, seeds);
    }

    private QuizEngine(Function<String, QuestionFactory> factories, Function<String, AnswerJudge> judges,
                       QuizProgress progress, QuizScheduler scheduler, Clock clock, LongSupplier seeds) {
        this.factories = factories;
        this.judges = judges;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.seeds = Objects.requireNonNull(seeds, "seeds");
    }

    public void addListener(QuizListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(QuizListener listener) {
        listeners.remove(listener);
    }

    /** The user's review boxes over the terms of the glossary {@code server} uses. */
    public LeitnerBoxes reviewBoxes(String server, String user) {
        return progress.boxes(user, factories.apply(server).glossary());
    }

    public QuizProgress progress() {
        return progress;
    }

    /** Starts a quiz in a channel (or a personal one for {@code user}), unless one is running there. */
    public StartResult start(String server, String channel, String user, QuizSettings settings) {
        QuizKey key = settings.mode() == QuizMode.PERSONAL
                ? QuizKey.personal(server, channel, user) : QuizKey.channel(server, channel);
        if (sessions.containsKey(key)) {
            return new StartResult(false, key, busyMessage(key));
        }
        Random random = new Random(settings.seed().orElseGet(seeds));
        QuestionFactory factory = factories.apply(server);
        List<Entry> first = settings.review()
                ? progress.dueTerms(user, factory.glossary(), settings.questions()) : List.of();
        List<Question> questions = factory.quiz(settings.questions(), settings.kinds(), first, random);
        QuizSession session = new QuizSession(key, user, settings, questions, judges.apply(server), clock.instant());
        if (sessions.putIfAbsent(key, session) != null) {
            return new StartResult(false, key, busyMessage(key));
        }
        synchronized (session) {
            publish(new QuizEvent.Started(key, user, settings, questions.size()));
            scheduleIdleCheck(session, settings.idleTimeout());
            askNext(session);
        }
        return new StartResult(true, key, "Quiz started: " + questions.size() + " questions.");
    }

    private static String busyMessage(QuizKey key) {
        return key.personal()
                ? "You already have a quiz running here. Answer it, or type stop to end it."
                : "A quiz is already running in this channel. Join in, or wait until it ends (stop ends it early).";
    }

    /**
     * One answer from {@code user} to whichever question is open: their personal quiz in this
     * channel if they have one, else the channel quiz. A user's first answer to a question counts;
     * later ones are refused. For a console player, who answers what they have just read.
     */
    public AnswerResult answer(String server, String channel, String user, String text) {
        return answer(server, channel, user, text, OptionalInt.empty());
    }

    /**
     * An answer to question {@code questionNumber} (1-based), as a button or a form carries it:
     * refused when that question has closed meanwhile, so a click that raced a time-out is never
     * judged against the next question.
     */
    public AnswerResult answer(String server, String channel, String user, String text, int questionNumber) {
        return answer(server, channel, user, text, OptionalInt.of(questionNumber));
    }

    private AnswerResult answer(String server, String channel, String user, String text, OptionalInt questionNumber) {
        Optional<QuizSession> found = find(server, channel, user);
        if (found.isEmpty()) {
            return AnswerResult.refused(AnswerResult.Status.NO_QUIZ, "No quiz is running here.");
        }
        QuizSession session = found.get();
        synchronized (session) {
            boolean stale = questionNumber.isPresent() && questionNumber.getAsInt() != session.number();
            if (session.ended || !session.open || stale) {
                return AnswerResult.refused(AnswerResult.Status.NO_QUIZ,
                        "That question is closed; wait for the next one.");
            }
            if (session.answers.containsKey(user)) {
                return AnswerResult.refused(AnswerResult.Status.ALREADY_ANSWERED,
                        "You already answered this question; your first answer counts.");
            }
            Question question = session.question();
            Verdict verdict = session.judge.judge(question, text);
            if (verdict.outcome() == Verdict.Outcome.INVALID) {
                return AnswerResult.refused(AnswerResult.Status.NOT_AN_ANSWER, question.isMultipleChoice()
                        ? "Answer with a letter A-D" + (question.kind() == QuestionKind.DEFINITION_TO_TERM
                        ? " or type the term." : ".")
                        : "Type the term.");
            }
            // stored first: if the store fails, the answer is not counted anywhere
            progress.recordAnswer(server, user, question.entry().term(), verdict.correct());
            session.answers.put(user, verdict);
            session.lastActivity = clock.instant();
            session.count(user, verdict.correct());
            if (verdict.correct()) {
                session.correctUsers.add(user);
            }
            publish(new QuizEvent.AnswerJudged(session.key, session.number(), user, verdict, question));
            boolean closes = session.key.personal()
                    || (verdict.correct() && session.settings.scoring() == Scoring.FIRST_CORRECT);
            if (closes) {
                close(session, QuizEvent.CloseReason.ANSWERED);
                askNext(session);
            }
            return new AnswerResult(verdict.correct() ? AnswerResult.Status.CORRECT : AnswerResult.Status.WRONG,
                    Optional.of(verdict), verdict.correct() ? "Correct!" : "Not quite.");
        }
    }

    /** Ends the quiz early; only its starter or an instructor may. */
    public StopResult stop(String server, String channel, String user, boolean instructor) {
        Optional<QuizSession> found = find(server, channel, user);
        if (found.isEmpty()) {
            return new StopResult(false, "No quiz is running here.");
        }
        QuizSession session = found.get();
        synchronized (session) {
            if (!instructor && !session.starter.equals(user)) {
                return new StopResult(false, "Only the student who started the quiz, or an instructor, can stop it.");
            }
            end(session, QuizEvent.EndReason.STOPPED);
        }
        return new StopResult(true, "Quiz stopped.");
    }

    /** True while a quiz with this key runs. */
    public boolean running(QuizKey key) {
        return sessions.containsKey(key);
    }

    private Optional<QuizSession> find(String server, String channel, String user) {
        QuizSession personal = sessions.get(QuizKey.personal(server, channel, user));
        return Optional.ofNullable(personal != null ? personal : sessions.get(QuizKey.channel(server, channel)));
    }

    /** Opens the next question, or ends the quiz after the last. Caller holds the session's monitor. */
    private void askNext(QuizSession session) {
        if (session.ended) {
            return;
        }
        if (session.current + 1 >= session.questions.size()) {
            end(session, QuizEvent.EndReason.FINISHED);
            return;
        }
        session.current++;
        session.open = true;
        session.answers.clear();
        session.correctUsers.clear();
        Optional<Instant> deadline = session.settings.timeLimit().map(d -> clock.instant().plus(d));
        int number = session.number();
        publish(new QuizEvent.QuestionAsked(session.key, number, session.questions.size(), session.question(),
                deadline));
        session.settings.timeLimit().ifPresent(limit ->
                session.timer = scheduler.schedule(limit, () -> timeUp(session, number)));
    }

    private void timeUp(QuizSession session, int number) {
        synchronized (session) {
            if (session.ended || !session.open || session.number() != number) {
                return;
            }
            close(session, QuizEvent.CloseReason.TIME_UP);
            askNext(session);
        }
    }

    private void close(QuizSession session, QuizEvent.CloseReason reason) {
        session.open = false;
        session.timer.cancel();
        publish(new QuizEvent.QuestionClosed(session.key, session.number(), session.questions.size(),
                session.question(), session.correctUsers, reason));
    }

    private void end(QuizSession session, QuizEvent.EndReason reason) {
        if (session.ended) {
            return;
        }
        if (session.open) {
            close(session, QuizEvent.CloseReason.STOPPED);
        }
        session.ended = true;
        session.timer.cancel();
        session.idleCheck.cancel();
        sessions.remove(session.key, session);
        publish(new QuizEvent.Ended(session.key, session.results(), reason, session.current + 1,
                session.questions.size()));
    }

    /** Stops the quiz once nobody has answered for the idle timeout; re-arms while people play. */
    private void scheduleIdleCheck(QuizSession session, Duration delay) {
        session.idleCheck = scheduler.schedule(delay, () -> {
            synchronized (session) {
                if (session.ended) {
                    return;
                }
                Duration quiet = Duration.between(session.lastActivity, clock.instant());
                Duration left = session.settings.idleTimeout().minus(quiet);
                if (left.isNegative() || left.isZero()) {
                    end(session, QuizEvent.EndReason.IDLE);
                } else {
                    scheduleIdleCheck(session, left);
                }
            }
        });
    }

    private void publish(QuizEvent event) {
        for (QuizListener l : listeners) {
            try {
                l.on(event);
            } catch (RuntimeException e) {
                log.warn("Quiz listener failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }

    /** Ends every running quiz quietly (shutdown). */
    @Override
    public void close() {
        for (QuizSession s : List.copyOf(sessions.values())) {
            synchronized (s) {
                s.timer.cancel();
                s.idleCheck.cancel();
                s.ended = true;
            }
        }
        sessions.clear();
    }
}
