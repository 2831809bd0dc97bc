package dev.glossarytutor.store.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.coverage.AskedQuestion;
import dev.glossarytutor.coverage.AskedQuestion.Outcome;
import dev.glossarytutor.quiz.LeitnerCard;
import dev.glossarytutor.quiz.OpenQuizRepository.OpenMessage;
import dev.glossarytutor.store.Store;
import dev.glossarytutor.store.StoreException;
import dev.glossarytutor.store.postgres.PostgresStore;
import dev.glossarytutor.store.postgres.TestPostgres;
import dev.glossarytutor.store.sqlite.SqliteStore;
import dev.glossarytutor.totd.PostedTerm;
import dev.glossarytutor.totd.RotationState;
import dev.glossarytutor.totd.Schedule;
import dev.glossarytutor.totd.TotdClaimRepository.Claim;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A populated SQLite store moved to PostgreSQL keeps every row and reads the same. */
class StoreMigrationTest {
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private static final String[] USERS = {"ana", "ben", "cy", "dan", "Émile", "zoë"};
    private static final String[] TERMS = {"Epoch", "Kernel", "Loss", "Bias", "Tensor"};

    @TempDir
    Path dir;
    private String schema;

    @BeforeEach
    void createSchema() {
        schema = TestPostgres.createSchema();
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }

    /** Two servers' worth of quizzes, cards, terms of the day and their claims, gaps, asked terms, open messages, glossary choices. */
    private static void populate(Store s) {
        int n = 0;
        for (String server : new String[] {"guild-1", "guild-2"}) {
            for (int u = 0; u < USERS.length; u++) {
                for (int a = 0; a < 3 + u; a++) {
                    Instant at = T0.plus(Duration.ofHours(n++));
                    String term = TERMS[(u + a) % TERMS.length];
                    boolean right = (a * 7 + u * 3) % 4 != 0;
                    String user = USERS[u];
                    int box = 1 + a % 5;
                    s.unitOfWork().run(() -> { // as QuizProgress records an answer
                        s.scores().record(server, user, term, right, at);
                        s.leitner().save(new LeitnerCard(user, term, box, at.plus(Duration.ofDays(box)), at));
                    });
                }
            }
            s.schedules().save(new Schedule(server, Optional.of("chan-" + server), LocalTime.of(9, 0),
                    ZoneId.of("Europe/Berlin"), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), true,
                    Optional.of("role-1"), T0));
            s.rotations().loadOrCreate(server, () -> 42L);
            Map<String, RotationState.Outcome> done = new LinkedHashMap<>();
            done.put("Epoch", RotationState.Outcome.POSTED);
            done.put("Bias", RotationState.Outcome.SKIPPED);
            s.rotations().queue(server, LocalDate.parse("2026-11-05"), "Kernel");
            s.rotations().queue(server, LocalDate.parse("2026-11-06"), "Loss");
            s.rotations().recordPost(new PostedTerm(server, LocalDate.parse("2026-11-02"), "Epoch", "chan", T0),
                    new RotationState(server, 42L, 1, List.of(TERMS), done, Optional.of("Epoch")));
            for (int g = 0; g < 4; g++) {
                s.gaps().logGap(server, T0.plusSeconds(g), "what is q" + g % 2 + "?", "q" + g % 2, List.of("Epoch", "Loss"));
                s.gaps().logAnswered(server, T0.plusSeconds(g), List.of(TERMS[g], "Epoch"));
            }
            s.openQuizzes().open(new OpenMessage("msg-" + server, "chan", server, T0));
            s.serverCourses().save(server, "networking");
            s.totdClaims().claim(server, LocalDate.parse("2026-11-02"), "shard-0", T0, T0.plus(Duration.ofMinutes(5)));
            s.totdClaims().markDone(server, LocalDate.parse("2026-11-02"), "shard-0");
            s.totdClaims().claim(server, LocalDate.parse("2026-11-03"), "shard-1", T0, T0.plus(Duration.ofMinutes(5)));
            for (int q = 0; q < 5; q++) {
                Outcome outcome = Outcome.values()[q % Outcome.values().length];
                List<String> quoted = outcome == Outcome.ABSTAINED ? List.of() : List.of(TERMS[q], "Epoch");
                LocalDate day = LocalDate.parse("2026-11-01").plusDays(q % 3);
                s.askedTerms().record(new AskedQuestion(server, day, outcome, quoted));
            }
        }
    }

    @Test
    void copy_should_keep_every_row_and_the_leaderboards_when_a_populated_sqlite_store_moves_to_postgresql() {
        try (SqliteStore sqlite = SqliteStore.open(dir.resolve("tutor.db"));
             PostgresStore postgres = PostgresStore.open(TestPostgres.login(schema))) {
            // GIVEN a populated SQLite store and an empty PostgreSQL one
            populate(sqlite);
            // WHEN it is copied
            List<StoreMigration.Copied> copied = StoreMigration.copy(sqlite.database(), postgres.database(), c -> { });
            // THEN every table was copied with the same row count, and none is empty
            assertThat(copied).extracting(StoreMigration.Copied::table)
                    .containsExactlyElementsOf(StoreMigration.TABLES.stream().map(StoreMigration.Table::name).toList());
            assertThat(copied).allMatch(StoreMigration.Copied::matches).allMatch(c -> c.source() > 0);
            // AND both stores read the same: leaderboards, stats, accuracy, cards, schedules, rotations, gaps,
            // asked terms, open messages and term-of-the-day claims
            for (String server : new String[] {"guild-1", "guild-2", "none"}) {
                assertThat(postgres.scores().leaderboard(server, 50)).isEqualTo(sqlite.scores().leaderboard(server, 50))
                        .hasSize(server.equals("none") ? 0 : USERS.length);
                assertThat(postgres.scores().leaderboardSince(server, T0.plus(Duration.ofHours(20)), 50))
                        .isEqualTo(sqlite.scores().leaderboardSince(server, T0.plus(Duration.ofHours(20)), 50));
                for (String user : USERS) {
                    assertThat(postgres.scores().stats(server, user)).isEqualTo(sqlite.scores().stats(server, user));
                }
                assertThat(postgres.schedules().find(server)).isEqualTo(sqlite.schedules().find(server));
                assertThat(postgres.rotations().queued(server)).isEqualTo(sqlite.rotations().queued(server));
                assertThat(postgres.rotations().postOn(server, LocalDate.parse("2026-11-02")))
                        .isEqualTo(sqlite.rotations().postOn(server, LocalDate.parse("2026-11-02")));
                assertThat(postgres.gaps().report(server, 10)).isEqualTo(sqlite.gaps().report(server, 10));
                assertThat(postgres.termAccuracy().accuracy(server, T0.plus(Duration.ofHours(5))))
                        .isEqualTo(sqlite.termAccuracy().accuracy(server, T0.plus(Duration.ofHours(5))));
                LocalDate first = LocalDate.parse("2026-11-01");
                assertThat(postgres.askedTerms().questionsPerDay(server, first, first.plusDays(9)))
                        .isEqualTo(sqlite.askedTerms().questionsPerDay(server, first, first.plusDays(9)));
                assertThat(postgres.askedTerms().timesAsked(server, first, first.plusDays(9)))
                        .containsExactlyEntriesOf(sqlite.askedTerms().timesAsked(server, first, first.plusDays(9)));
            }
            assertThat(postgres.serverCourses().all()).isEqualTo(sqlite.serverCourses().all()).isNotEmpty();
            assertThat(postgres.totdClaims().claim("guild-1", LocalDate.parse("2026-11-02"), "shard-1",
                    T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(2)))).isEqualTo(Claim.DONE);
            assertThat(postgres.totdClaims().claim("guild-1", LocalDate.parse("2026-11-03"), "shard-0",
                    T0.plusSeconds(1), T0.plus(Duration.ofMinutes(6)))).isEqualTo(Claim.HELD_BY_OTHER);
            assertThat(postgres.rotations().loadOrCreate("guild-1", () -> 1L))
                    .isEqualTo(sqlite.rotations().loadOrCreate("guild-1", () -> 1L));
            for (String user : USERS) {
                assertThat(postgres.leitner().cards(user)).isEqualTo(sqlite.leitner().cards(user));
            }
            assertThat(postgres.schedules().enabled()).isEqualTo(sqlite.schedules().enabled());
            assertThat(postgres.openQuizzes().all()).isEqualTo(sqlite.openQuizzes().all());
            // AND new rows get fresh ids after the copied ones: the newest gap wording is the example
            postgres.gaps().logGap("guild-1", T0.plusSeconds(99), "WHAT is q0", "q0", List.of());
            assertThat(postgres.gaps().report("guild-1", 10).gaps().get(0).example()).isEqualTo("WHAT is q0");
            // AND a question asked after the copy gets a fresh id, so its terms join it and no copied one
            LocalDate later = LocalDate.parse("2026-11-09");
            postgres.askedTerms().record(new AskedQuestion("guild-9", later, Outcome.ANSWERED, List.of("Bias")));
            assertThat(postgres.askedTerms().timesAsked("guild-9", later, later)).containsExactly(Map.entry("Bias", 1));
        }
    }

    @Test
    void copy_should_copy_nothing_when_the_target_already_has_rows() {
        try (SqliteStore sqlite = SqliteStore.open(dir.resolve("tutor.db"));
             PostgresStore postgres = PostgresStore.open(TestPostgres.login(schema))) {
            // GIVEN a store copied once
            populate(sqlite);
            StoreMigration.copy(sqlite.database(), postgres.database(), c -> { });
            // WHEN it is copied again THEN it is refused and the counts are unchanged
            assertThatThrownBy(() -> StoreMigration.copy(sqlite.database(), postgres.database(), c -> { }))
                    .isInstanceOf(StoreException.class).hasMessageContaining("already has");
            assertThat(postgres.scores().leaderboard("guild-1", 50)).isEqualTo(sqlite.scores().leaderboard("guild-1", 50));
        }
    }
}
