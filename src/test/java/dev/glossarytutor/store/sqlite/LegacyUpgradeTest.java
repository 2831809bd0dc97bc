package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.store.SqlGapRepository;
import dev.glossarytutor.store.SqlLeitnerRepository;
import dev.glossarytutor.store.SqlOpenQuizRepository;
import dev.glossarytutor.store.SqlScheduleRepository;
import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.coverage.GapReport;
import dev.glossarytutor.quiz.LeaderboardRow;
import dev.glossarytutor.quiz.OpenQuizRepository.OpenMessage;
import dev.glossarytutor.quiz.PlayerStats;
import dev.glossarytutor.quiz.QuizProgress;
import dev.glossarytutor.testing.MutableClock;
import dev.glossarytutor.totd.RotationState;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder made before Flyway opens in place and keeps everything. The file
 * {@code legacy/tutor-before-flyway.db} was written by the stores as they were before the change
 * (commit "Test data: a data file written by today's stores", the program that wrote it is in that
 * commit): quiz scores and answers, Leitner cards, a term-of-the-day schedule, rotation, booking
 * and post, the coverage log and an open quiz message, with the old {@code schema_migrations} table.
 */
class LegacyUpgradeTest {
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;

    private Path legacyCopy() throws Exception {
        Path file = dir.resolve("data").resolve("tutor.db");
        Files.createDirectories(file.getParent());
        try (InputStream in = getClass().getResourceAsStream("/legacy/tutor-before-flyway.db")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void open_should_keep_every_score_when_the_file_was_made_before_flyway() throws Exception {
        // GIVEN a data file written by the code before Flyway
        Path file = legacyCopy();
        // WHEN today's code opens it
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            // THEN the scores, the answer log and the Leitner cards are there
            SqliteScoreRepository scores = new SqliteScoreRepository(db);
            assertThat(scores.stats("guild-1", "ana"))
                    .contains(new PlayerStats("guild-1", "ana", 3, 2, 0, 2, T0));
            assertThat(scores.leaderboard("guild-1", 10)).containsExactly(
                    new LeaderboardRow(1, "ana", 2, 3), new LeaderboardRow(2, "ben", 1, 1));
            assertThat(scores.leaderboardSince("guild-1", T0.plusSeconds(1800), 10))
                    .containsExactly(new LeaderboardRow(1, "ben", 1, 1));
            assertThat(new SqlLeitnerRepository(db).cards("ana")).extracting(c -> c.term() + ":" + c.box())
                    .containsExactly("Epoch:1", "Kernel:2");
            // AND the term of the day: schedule, rotation, booking and post
            assertThat(new SqlScheduleRepository(db).find("guild-1")).hasValueSatisfying(s -> {
                assertThat(s.channel()).contains("chan-9");
                assertThat(s.mentionRole()).contains("role-3");
            });
            SqliteRotationRepository rotations = new SqliteRotationRepository(db);
            RotationState rotation = rotations.loadOrCreate("guild-1", () -> 1L);
            assertThat(rotation.seed()).isEqualTo(42L);
            assertThat(rotation.done()).containsEntry("Epoch", RotationState.Outcome.POSTED)
                    .containsEntry("Bias", RotationState.Outcome.SKIPPED);
            assertThat(rotations.queued("guild-1")).containsEntry(LocalDate.parse("2026-12-03"), "Kernel");
            assertThat(rotations.postOn("guild-1", LocalDate.parse("2026-11-20"))).isPresent();
            // AND the coverage log and the open quiz message
            GapReport report = new SqlGapRepository(db).report("guild-1", 10);
            assertThat(report.unanswered()).isEqualTo(1);
            assertThat(report.answered()).isEqualTo(2);
            assertThat(new SqlOpenQuizRepository(db).all()).extracting(OpenMessage::messageId).containsExactly("msg-1");
            // AND new answers add to the old scores
            QuizProgress progress = TestStores.quizProgress(db, new MutableClock(T0.plusSeconds(7200)));
            progress.recordAnswer("guild-1", "ana", "Kernel", true);
            assertThat(progress.stats("guild-1", "ana")).hasValueSatisfying(s -> {
                assertThat(s.answered()).isEqualTo(4);
                assertThat(s.correct()).isEqualTo(3);
                assertThat(s.bestStreak()).isEqualTo(2);
            });
        }
        // AND Flyway now keeps the history: a baseline, then every script once
        assertThat(history(file)).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
    }

    @Test
    void open_should_apply_nothing_twice_when_the_upgraded_file_is_opened_again() throws Exception {
        // GIVEN a legacy file opened once (upgraded)
        Path file = legacyCopy();
        SqliteDatabase.open(file).close();
        // WHEN it is opened again
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            // THEN the scores are unchanged and the history has no new rows
            assertThat(new SqliteScoreRepository(db).stats("guild-1", "ben")).map(PlayerStats::correct).contains(1);
        }
        assertThat(history(file)).hasSize(12);
    }

    @Test
    void open_should_run_every_script_when_the_file_is_new() throws Exception {
        // GIVEN no file WHEN it is opened THEN Flyway applies versions 1 to 8 with no baseline
        SqliteDatabase.open(dir.resolve("fresh.db")).close();
        assertThat(history(dir.resolve("fresh.db"))).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
    }

    private static List<String> history(Path file) throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }
}
