package dev.glossarytutor.quiz;

import dev.glossarytutor.store.sqlite.TestStores;
import dev.glossarytutor.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 50 students in 5 channels answer at the same moment; every point must be counted exactly once. */
class QuizConcurrencyTest {
    private static final String SERVER = "s";
    private static final int CHANNELS = 5;
    private static final int USERS_PER_CHANNEL = 10;
    private static final int QUESTIONS = 3;
    private static final Duration TIME = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Scoring.class)
    void concurrent_answers_should_be_counted_exactly_once(Scoring scoring) throws Exception {
        // GIVEN five channel quizzes on a real SQLite file
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        ManualScheduler scheduler = new ManualScheduler(clock);
        Tutor tutor = new Tutor(TestGlossary.get());
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("tutor.db"));
             QuizEngine engine = new QuizEngine(new QuestionFactory(tutor), new AnswerJudge(tutor),
                     TestStores.quizProgress(db, clock), scheduler, clock, () -> 5L)) {
            Map<String, Question> current = new ConcurrentHashMap<>();
            Map<String, QuizEvent.Ended> ended = new ConcurrentHashMap<>();
            List<QuizEvent.QuestionClosed> closed = new java.util.concurrent.CopyOnWriteArrayList<>();
            engine.addListener(e -> {
                if (e instanceof QuizEvent.QuestionAsked a) {
                    current.put(a.key().channel(), a.question());
                } else if (e instanceof QuizEvent.QuestionClosed q) {
                    closed.add(q);
                } else if (e instanceof QuizEvent.Ended end) {
                    ended.put(end.key().channel(), end);
                }
            });
            for (int c = 0; c < CHANNELS; c++) {
                engine.start(SERVER, "c" + c, "u" + c + "-0",
                        QuizSettings.builder().questions(QUESTIONS).timeLimit(TIME).scoring(scoring).build());
            }
            AtomicInteger correctReplies = new AtomicInteger();
            AtomicInteger countedReplies = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (int round = 0; round < QUESTIONS; round++) {
                    // WHEN all 50 students answer their channel's question at once, each twice
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<?>> done = new ArrayList<>();
                    for (int c = 0; c < CHANNELS; c++) {
                        String channel = "c" + c;
                        Question q = current.get(channel);
                        for (int u = 0; u < USERS_PER_CHANNEL; u++) {
                            String user = "u" + c + "-" + u;
                            done.add(pool.submit(() -> {
                                go.await();
                                for (int attempt = 0; attempt < 2; attempt++) {
                                    AnswerResult r = engine.answer(SERVER, channel, user,
                                            QuizEngineTest.rightAnswer(q));
                                    if (r.counted()) {
                                        countedReplies.incrementAndGet();
                                    }
                                    if (r.status() == AnswerResult.Status.CORRECT) {
                                        correctReplies.incrementAndGet();
                                    }
                                }
                                return null;
                            }));
                        }
                    }
                    go.countDown();
                    for (Future<?> f : done) {
                        f.get();
                    }
                    scheduler.advance(TIME);
                }
            } finally {
                pool.shutdownNow();
            }
            // THEN every quiz ended, and its table, the replies and the database agree point for point
            assertThat(ended).hasSize(CHANNELS);
            int tableCorrect = ended.values().stream().flatMap(e -> e.results().stream()).mapToInt(ResultRow::correct).sum();
            int tableAnswered = ended.values().stream().flatMap(e -> e.results().stream()).mapToInt(ResultRow::answered).sum();
            List<LeaderboardRow> board = engine.progress().leaderboard(SERVER, 100);
            assertThat(tableCorrect).isEqualTo(correctReplies.get())
                    .isEqualTo(board.stream().mapToInt(LeaderboardRow::correct).sum());
            assertThat(tableAnswered).isEqualTo(countedReplies.get())
                    .isEqualTo(board.stream().mapToInt(LeaderboardRow::answered).sum());
            if (scoring == Scoring.EVERY_CORRECT) {
                // every student answered every question once, correctly; the second try was refused
                assertThat(board).hasSize(CHANNELS * USERS_PER_CHANNEL)
                        .allSatisfy(r -> assertThat(r.correct()).isEqualTo(QUESTIONS).isEqualTo(r.answered()));
            } else {
                // at most one point per question: the first correct answer closes it (later answers race
                // onto the next question, where they are judged against that one)
                assertThat(closed).hasSize(CHANNELS * QUESTIONS)
                        .allSatisfy(q -> assertThat(q.correctUsers()).hasSizeLessThanOrEqualTo(1));
                assertThat(closed.stream().mapToInt(q -> q.correctUsers().size()).sum()).isEqualTo(tableCorrect)
                        .isGreaterThanOrEqualTo(CHANNELS);
            }
        }
    }

    @Test
    void manual_scheduler_should_leave_nothing_behind_after_the_quizzes() {
        // GIVEN a finished one-question quiz, WHEN time runs out, THEN no timer is left behind
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        ManualScheduler scheduler = new ManualScheduler(clock);
        Tutor tutor = new Tutor(TestGlossary.get());
        try (SqliteDatabase db = SqliteDatabase.inMemory();
             QuizEngine engine = new QuizEngine(new QuestionFactory(tutor), new AnswerJudge(tutor),
                     TestStores.quizProgress(db, clock), scheduler, clock, () -> 5L)) {
            engine.start(SERVER, "c", "u", QuizSettings.builder().questions(1).timeLimit(TIME).build());
            assertThat(scheduler.pending()).isEqualTo(2);
            scheduler.advance(TIME);
            assertThat(scheduler.pending()).isZero();
        }
    }
}
