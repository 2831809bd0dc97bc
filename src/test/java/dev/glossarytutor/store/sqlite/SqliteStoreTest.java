package dev.glossarytutor.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.store.StoreException;
import dev.glossarytutor.quiz.LeaderboardRow;
import dev.glossarytutor.quiz.LeitnerCard;
import dev.glossarytutor.quiz.PlayerStats;
import dev.glossarytutor.quiz.QuizProgress;
import dev.glossarytutor.testing.MutableClock;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {
    private static final Instant START = Instant.parse("2026-02-01T09:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(START);

    @Test
    void record_should_count_answers_and_streaks() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("tutor.db"))) {
            QuizProgress progress = TestStores.quizProgress(db, clock);
            // GIVEN right, right, wrong, right
            progress.recordAnswer("s", "ana", "Epoch", true);
            progress.recordAnswer("s", "ana", "Kernel", true);
            progress.recordAnswer("s", "ana", "Loss", false);
            clock.advance(Duration.ofHours(1));
            progress.recordAnswer("s", "ana", "Tensor", true);
            // THEN answered 4, correct 3, streak 1, best 2, last played at the last answer
            assertThat(progress.stats("s", "ana")).contains(
                    new PlayerStats("s", "ana", 4, 3, 1, 2, START.plus(Duration.ofHours(1))));
            // AND another server keeps its own record
            assertThat(progress.stats("other", "ana")).isEmpty();
        }
    }

    @Test
    void leaderboards_should_rank_all_time_and_the_last_7_days() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("tutor.db"))) {
            QuizProgress progress = TestStores.quizProgress(db, clock);
            // GIVEN ben scored 3 long ago, ana 2 this week, cy 2 of 3 this week
            for (String t : List.of("Epoch", "Kernel", "Loss")) {
                progress.recordAnswer("s", "ben", t, true);
            }
            clock.advance(Duration.ofDays(10));
            progress.recordAnswer("s", "ana", "Epoch", true);
            progress.recordAnswer("s", "ana", "Kernel", true);
            progress.recordAnswer("s", "cy", "Epoch", true);
            progress.recordAnswer("s", "cy", "Loss", false);
            progress.recordAnswer("s", "cy", "Bias", true);
            progress.recordAnswer("elsewhere", "dan", "Bias", true);
            // THEN all time ben leads; this week ana leads (fewer attempts break the tie) and ben is absent
            assertThat(progress.leaderboard("s", 10)).containsExactly(
                    new LeaderboardRow(1, "ben", 3, 3), new LeaderboardRow(2, "ana", 2, 2),
                    new LeaderboardRow(3, "cy", 2, 3));
            assertThat(progress.recentLeaderboard("s", 10)).containsExactly(
                    new LeaderboardRow(1, "ana", 2, 2), new LeaderboardRow(2, "cy", 2, 3));
            assertThat(progress.leaderboard("s", 1)).hasSize(1);
        }
    }

    @Test
    void scores_should_survive_reopening_the_file() {
        Path file = dir.resolve("tutor.db");
        // GIVEN scores written and the database closed
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            QuizProgress progress = TestStores.quizProgress(db, clock);
            progress.recordAnswer("s", "ana", "Epoch", true);
            progress.recordAnswer("s", "ana", "Epoch", true);
        }
        // WHEN the file is opened afresh (migrations already applied)
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            QuizProgress progress = TestStores.quizProgress(db, clock);
            // THEN the scores and the Leitner box are there
            assertThat(progress.stats("s", "ana")).hasValueSatisfying(s -> assertThat(s.correct()).isEqualTo(2));
            assertThat(progress.card("ana", "Epoch")).map(LeitnerCard::box).contains(3);
        }
    }

    @Test
    void scores_should_be_readable_from_another_process() throws Exception {
        Path file = dir.resolve("tutor.db");
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            // GIVEN scores committed by this process, which keeps the database open
            QuizProgress progress = TestStores.quizProgress(db, clock);
            progress.recordAnswer("s", "ana", "Epoch", true);
            progress.recordAnswer("s", "ana", "Kernel", false);
            progress.recordAnswer("s", "ana", "Loss", true);
            // WHEN a second JVM opens the same file and reads them
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process child = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classpath, ScoreDump.class.getName(), file.toString(), "s", "ana", "Epoch")
                    .redirectErrorStream(true).start();
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("second JVM finished").isTrue();
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // THEN it sees every committed answer
            assertThat(child.exitValue()).as(out).isZero();
            assertThat(out).contains("answered=3 correct=2 streak=1 best=1 box=2");
        }
        assertThat(new File(file.toString())).exists();
    }

    @Test
    void open_should_release_the_file_when_it_is_not_a_database() throws Exception {
        // GIVEN a file that is not SQLite
        Path bad = dir.resolve("not-a-db.db");
        java.nio.file.Files.writeString(bad, "x".repeat(4096));
        long before = openHandles(bad);
        // WHEN opening it fails three times
        for (int i = 0; i < 3; i++) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqliteDatabase.open(bad))
                    .isInstanceOf(StoreException.class);
        }
        // THEN no connection is left holding it
        assertThat(openHandles(bad)).isEqualTo(before);
    }

    /** File handles this process holds on {@code file} (Linux). */
    private static long openHandles(Path file) throws Exception {
        String target = file.toRealPath().toString();
        try (var fds = java.nio.file.Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return java.nio.file.Files.readSymbolicLink(fd).toString().equals(target);
                } catch (java.io.IOException e) {
                    return false;
                }
            }).count();
        }
    }
}
