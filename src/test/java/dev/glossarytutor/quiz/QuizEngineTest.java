package dev.glossarytutor.quiz;

import dev.glossarytutor.store.sqlite.TestStores;
import dev.glossarytutor.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.answer.TestTutor;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizEngineTest {
    private static final String SERVER = "s1";
    private static final Duration TIME = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final Glossary glossary = TestGlossary.get();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final List<QuizEvent> events = new CopyOnWriteArrayList<>();
    private SqliteDatabase db;
    private QuizEngine engine;

    @BeforeEach
    void setUp() {
        db = SqliteDatabase.open(dir.resolve("tutor.db"));
        engine = newEngine(db);
        engine.addListener(events::add);
    }

    private QuizEngine newEngine(SqliteDatabase database) {
        Tutor tutor = TestTutor.get();
        return new QuizEngine(new QuestionFactory(tutor), new AnswerJudge(tutor), TestStores.quizProgress(database, clock),
                scheduler, clock, () -> 1L);
    }

    @AfterEach
    void tearDown() {
        engine.close();
        db.close();
    }

    private static QuizSettings.Builder channel(int questions) {
        return QuizSettings.builder().questions(questions).timeLimit(TIME);
    }

    private <T extends QuizEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private Question current() {
        List<QuizEvent.QuestionAsked> asked = all(QuizEvent.QuestionAsked.class);
        return asked.get(asked.size() - 1).question();
    }

    static String rightAnswer(Question q) {
        return q.isMultipleChoice() ? Question.letter(q.correctIndex()) : q.entry().term();
    }

    static String wrongAnswer(Question q) {
        return q.isMultipleChoice() ? Question.letter((q.correctIndex() + 1) % 4) : "no such thing";
    }

    @Test
    void start_should_refuse_a_second_quiz_in_the_same_channel() {
        // GIVEN a quiz running in channel c1
        assertThat(engine.start(SERVER, "c1", "alice", channel(3).build()).started()).isTrue();
        // WHEN someone starts another there
        StartResult second = engine.start(SERVER, "c1", "bob", channel(3).build());
        // THEN it is refused with a clear message, while other channels and personal quizzes may start
        assertThat(second.started()).isFalse();
        assertThat(second.message()).contains("already running in this channel");
        assertThat(engine.start(SERVER, "c2", "bob", channel(3).build()).started()).isTrue();
        assertThat(engine.start(SERVER, "c1", "bob", channel(3).mode(QuizMode.PERSONAL).build()).started()).isTrue();
        assertThat(all(QuizEvent.Started.class)).hasSize(3);
    }

    @Test
    void answer_should_refuse_a_click_on_a_question_that_closed_meanwhile() {
        // GIVEN a channel quiz; bob clicks the right option of question 1
        engine.start(SERVER, "c1", "alice", channel(3).build());
        Question first = current();
        String bobsClick = rightAnswer(first);
        // WHEN question 1 times out before his click reaches the engine
        scheduler.advance(TIME);
        assertThat(current()).isNotEqualTo(first);
        AnswerResult late = engine.answer(SERVER, "c1", "bob", bobsClick, 1);
        // THEN the click is refused rather than judged against question 2, and nothing is stored
        assertThat(late.counted()).isFalse();
        assertThat(late.message()).contains("closed");
        assertThat(engine.progress().stats(SERVER, "bob")).isEmpty();
        // and his answer to question 2 still counts
        assertThat(engine.answer(SERVER, "c1", "bob", rightAnswer(current()), 2).counted()).isTrue();
    }

    @Test
    void dueTerms_should_skip_cards_of_terms_the_glossary_no_longer_has() {
        // GIVEN alice missed a term a later reload removed, then missed Kernel
        engine.progress().recordAnswer(SERVER, "alice", "Term removed by a reload", false);
        clock.advance(Duration.ofMinutes(1));
        engine.progress().recordAnswer(SERVER, "alice", "Kernel", false);
        // WHEN a one-question review is built
        List<String> due = engine.progress().dueTerms("alice", glossary, 1).stream().map(e -> e.term()).toList();
        // THEN Kernel, her only answerable due term, is asked
        assertThat(due).containsExactly("Kernel");
        assertThat(engine.progress().cards("alice", glossary)).extracting(c -> c.term()).containsExactly("Kernel");
    }

    @Test
    void question_should_time_out_reveal_and_move_on_then_end_with_results() {
        // GIVEN a two-question channel quiz
        engine.start(SERVER, "c1", "alice", channel(2).build());
        Question first = current();
        // WHEN the timer has not yet run out, THEN the question is still open
        scheduler.advance(TIME.minusSeconds(1));
        assertThat(all(QuizEvent.QuestionClosed.class)).isEmpty();
        // WHEN it runs out, THEN the answer is revealed and the next question asked
        scheduler.advance(Duration.ofSeconds(1));
        QuizEvent.QuestionClosed closed = all(QuizEvent.QuestionClosed.class).get(0);
        assertThat(closed.reason()).isEqualTo(QuizEvent.CloseReason.TIME_UP);
        assertThat(closed.question()).isEqualTo(first);
        assertThat(all(QuizEvent.QuestionAsked.class)).extracting(QuizEvent.QuestionAsked::number).containsExactly(1, 2);
        // WHEN alice answers the second correctly and its time runs out
        assertThat(engine.answer(SERVER, "c1", "alice", rightAnswer(current())).status())
                .isEqualTo(AnswerResult.Status.CORRECT);
        scheduler.advance(TIME);
        // THEN the quiz ends with a results table
        QuizEvent.Ended ended = all(QuizEvent.Ended.class).get(0);
        assertThat(ended.reason()).isEqualTo(QuizEvent.EndReason.FINISHED);
        assertThat(ended.results()).containsExactly(new ResultRow(1, "alice", 1, 1));
        assertThat(engine.running(QuizKey.channel(SERVER, "c1"))).isFalse();
    }

    @Test
    void deadline_should_follow_the_configured_time() {
        // GIVEN a quiz with 45 s per question
        engine.start(SERVER, "c1", "alice", channel(1).timeLimit(Duration.ofSeconds(45)).build());
        // THEN the question's deadline is 45 s away and nothing closes before it
        assertThat(all(QuizEvent.QuestionAsked.class).get(0).deadline()).contains(clock.instant().plusSeconds(45));
        scheduler.advance(Duration.ofSeconds(44));
        assertThat(all(QuizEvent.QuestionClosed.class)).isEmpty();
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(all(QuizEvent.QuestionClosed.class)).hasSize(1);
    }

    @Test
    void first_correct_answer_should_score_and_close_the_question() {
        // GIVEN a first-correct channel quiz
        engine.start(SERVER, "c1", "alice", channel(2).scoring(Scoring.FIRST_CORRECT).build());
        Question q = current();
        // WHEN alice answers wrong and then bob right
        assertThat(engine.answer(SERVER, "c1", "alice", wrongAnswer(q)).status()).isEqualTo(AnswerResult.Status.WRONG);
        assertThat(engine.answer(SERVER, "c1", "bob", rightAnswer(q)).status()).isEqualTo(AnswerResult.Status.CORRECT);
        // THEN the question closes at once, crediting bob, and the next one is asked
        QuizEvent.QuestionClosed closed = all(QuizEvent.QuestionClosed.class).get(0);
        assertThat(closed.reason()).isEqualTo(QuizEvent.CloseReason.ANSWERED);
        assertThat(closed.correctUsers()).containsExactly("bob");
        assertThat(current()).isNotEqualTo(q);
    }

    @Test
    void every_correct_answer_should_score_until_the_timer() {
        // GIVEN an every-correct channel quiz
        engine.start(SERVER, "c1", "alice", channel(1).scoring(Scoring.EVERY_CORRECT).build());
        Question q = current();
        // WHEN two students answer right and one wrong
        engine.answer(SERVER, "c1", "alice", rightAnswer(q));
        engine.answer(SERVER, "c1", "bob", rightAnswer(q));
        engine.answer(SERVER, "c1", "carol", wrongAnswer(q));
        // THEN the question stays open until time is up, then credits both
        assertThat(all(QuizEvent.QuestionClosed.class)).isEmpty();
        scheduler.advance(TIME);
        assertThat(all(QuizEvent.QuestionClosed.class).get(0).correctUsers()).containsExactly("alice", "bob");
        assertThat(all(QuizEvent.Ended.class).get(0).results()).containsExactly(
                new ResultRow(1, "alice", 1, 1), new ResultRow(2, "bob", 1, 1), new ResultRow(3, "carol", 0, 1));
    }

    @Test
    void answer_should_count_only_a_users_first_answer() {
        // GIVEN an every-correct quiz where alice first answers wrong
        engine.start(SERVER, "c1", "alice", channel(1).scoring(Scoring.EVERY_CORRECT).build());
        Question q = current();
        engine.answer(SERVER, "c1", "alice", wrongAnswer(q));
        // WHEN she answers again, correctly
        AnswerResult again = engine.answer(SERVER, "c1", "alice", rightAnswer(q));
        // THEN the second is refused with a note, and only the first is scored and stored
        assertThat(again.status()).isEqualTo(AnswerResult.Status.ALREADY_ANSWERED);
        assertThat(again.message()).contains("first answer counts");
        assertThat(engine.progress().stats(SERVER, "alice")).hasValueSatisfying(s -> {
            assertThat(s.answered()).isEqualTo(1);
            assertThat(s.correct()).isZero();
        });
        assertThat(all(QuizEvent.AnswerJudged.class)).hasSize(1);
    }

    @Test
    void answer_should_not_consume_the_turn_when_it_is_not_an_answer() {
        // GIVEN a term-to-definition question, which needs a letter
        engine.start(SERVER, "c1", "alice", channel(1).kinds(EnumSet.of(QuestionKind.TERM_TO_DEFINITION)).build());
        Question q = current();
        // WHEN alice types words, THEN she is told how to answer and may still answer
        assertThat(engine.answer(SERVER, "c1", "alice", "no idea").status())
                .isEqualTo(AnswerResult.Status.NOT_AN_ANSWER);
        assertThat(engine.answer(SERVER, "c1", "alice", rightAnswer(q)).status()).isEqualTo(AnswerResult.Status.CORRECT);
    }

    @Test
    void stop_should_be_allowed_to_the_starter_or_an_instructor_only() {
        // GIVEN alice's quiz
        engine.start(SERVER, "c1", "alice", channel(5).build());
        // WHEN bob stops it, THEN he is refused
        StopResult refused = engine.stop(SERVER, "c1", "bob", false);
        assertThat(refused.stopped()).isFalse();
        assertThat(refused.message()).contains("started the quiz");
        // WHEN alice stops it, THEN the open question is revealed and the quiz ends early
        assertThat(engine.stop(SERVER, "c1", "alice", false).stopped()).isTrue();
        assertThat(all(QuizEvent.QuestionClosed.class).get(0).reason()).isEqualTo(QuizEvent.CloseReason.STOPPED);
        QuizEvent.Ended ended = all(QuizEvent.Ended.class).get(0);
        assertThat(ended.reason()).isEqualTo(QuizEvent.EndReason.STOPPED);
        assertThat(ended.asked()).isEqualTo(1);
        // AND the timers are gone and the channel is free again; an instructor may stop anyone's quiz
        assertThat(scheduler.pending()).isZero();
        assertThat(engine.start(SERVER, "c1", "carol", channel(5).build()).started()).isTrue();
        assertThat(engine.stop(SERVER, "c1", "dave", true).stopped()).isTrue();
        assertThat(engine.stop(SERVER, "c1", "dave", true).message()).isEqualTo("No quiz is running here.");
    }

    @Test
    void idle_quiz_should_stop_by_itself() {
        // GIVEN a long quiz with a two-minute idle timeout that nobody answers
        engine.start(SERVER, "c1", "alice", channel(20).idleTimeout(Duration.ofMinutes(2)).build());
        // WHEN two minutes pass
        scheduler.advance(Duration.ofMinutes(2));
        // THEN it ends as idle, and nothing is left scheduled
        QuizEvent.Ended ended = all(QuizEvent.Ended.class).get(0);
        assertThat(ended.reason()).isEqualTo(QuizEvent.EndReason.IDLE);
        assertThat(ended.asked()).as("questions at 0, 20, ... 100 s").isEqualTo(6);
        assertThat(engine.running(QuizKey.channel(SERVER, "c1"))).isFalse();
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void active_quiz_should_not_stop_as_idle() {
        // GIVEN a quiz answered after 100 s
        engine.start(SERVER, "c1", "alice", channel(20).idleTimeout(Duration.ofMinutes(2)).build());
        scheduler.advance(Duration.ofSeconds(100));
        engine.answer(SERVER, "c1", "bob", rightAnswer(current()));
        // WHEN the first idle check comes at 120 s, THEN the quiz goes on
        scheduler.advance(Duration.ofSeconds(30));
        assertThat(all(QuizEvent.Ended.class)).isEmpty();
        // AND it stops two minutes after the last answer
        scheduler.advance(Duration.ofSeconds(90));
        assertThat(all(QuizEvent.Ended.class)).extracting(QuizEvent.Ended::reason)
                .containsExactly(QuizEvent.EndReason.IDLE);
    }

    @Test
    void personal_quiz_should_take_only_its_player_and_close_each_question_on_the_answer() {
        // GIVEN alice's untimed personal quiz
        engine.start(SERVER, "dm", "alice", QuizSettings.builder().mode(QuizMode.PERSONAL).untimed().questions(2).build());
        assertThat(scheduler.pending()).as("only the idle check").isEqualTo(1);
        // WHEN bob answers there, THEN there is no quiz for him
        assertThat(engine.answer(SERVER, "dm", "bob", "A").status()).isEqualTo(AnswerResult.Status.NO_QUIZ);
        // WHEN alice answers wrong, THEN the question is revealed at once and the next asked
        engine.answer(SERVER, "dm", "alice", wrongAnswer(current()));
        assertThat(all(QuizEvent.QuestionClosed.class)).extracting(QuizEvent.QuestionClosed::reason)
                .containsExactly(QuizEvent.CloseReason.ANSWERED);
        engine.answer(SERVER, "dm", "alice", rightAnswer(current()));
        assertThat(all(QuizEvent.Ended.class).get(0).results()).containsExactly(new ResultRow(1, "alice", 1, 2));
    }

    @Test
    void same_seed_should_give_the_same_quiz() {
        // GIVEN two quizzes started with seed 99 in two channels
        engine.start(SERVER, "c1", "alice", channel(5).seed(99).build());
        engine.start(SERVER, "c2", "alice", channel(5).seed(99).build());
        // THEN their first questions are the same
        List<QuizEvent.QuestionAsked> asked = all(QuizEvent.QuestionAsked.class);
        assertThat(asked.get(0).question()).isEqualTo(asked.get(1).question());
    }

    @Test
    void review_quiz_should_ask_due_terms_first() {
        // GIVEN alice missed Kernel, then Epoch (both back in box 1, due at once)
        engine.progress().recordAnswer(SERVER, "alice", "Kernel", false);
        clock.advance(Duration.ofMinutes(1));
        engine.progress().recordAnswer(SERVER, "alice", "Epoch", false);
        engine.progress().recordAnswer(SERVER, "alice", "Pooling", true);
        // WHEN she starts a review quiz
        engine.start(SERVER, "dm", "alice",
                QuizSettings.builder().mode(QuizMode.PERSONAL).untimed().questions(3).review(true).build());
        // THEN the due terms come first, most overdue first; Pooling (box 2, due tomorrow) is not among them
        engine.answer(SERVER, "dm", "alice", rightAnswer(current()));
        engine.answer(SERVER, "dm", "alice", rightAnswer(current()));
        assertThat(all(QuizEvent.QuestionAsked.class)).extracting(a -> a.question().entry().term())
                .startsWith("Kernel", "Epoch").doesNotContain("Pooling");
    }
}
