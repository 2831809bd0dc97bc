package dev.glossarytutor.store;

import dev.glossarytutor.quiz.QuizProgress;
import dev.glossarytutor.totd.PostedTerm;
import dev.glossarytutor.totd.RotationState;
import dev.glossarytutor.totd.Schedule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One-shot: writes a data file with the code as it was before storage moved behind repositories and
 * Flyway (the hand-rolled {@code schema_migrations} table), so the upgrade can be tested on a real
 * file. Run once; its output is {@code src/test/resources/legacy/tutor-before-flyway.db}.
 */
public final class LegacyDatabaseMaker {
    private LegacyDatabaseMaker() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Instant t0 = Instant.parse("2026-11-20T09:00:00Z");
        List<Migration> all = Stream.of(QuizProgress.migrations(), ScheduleStore.MIGRATIONS, RotationStore.MIGRATIONS,
                GapStore.MIGRATIONS, OpenQuizMessageStore.MIGRATIONS).flatMap(List::stream).toList();
        try (Database db = Database.open(file, all)) {
            // quiz: ana right, right, wrong on Epoch/Kernel/Epoch; ben right on Loss
            QuizProgress progress = new QuizProgress(db, Clock.fixed(t0, ZoneOffset.UTC));
            progress.recordAnswer("guild-1", "ana", "Epoch", true);
            progress.recordAnswer("guild-1", "ana", "Kernel", true);
            progress.recordAnswer("guild-1", "ana", "Epoch", false);
            new QuizProgress(db, Clock.fixed(t0.plusSeconds(3600), ZoneOffset.UTC))
                    .recordAnswer("guild-1", "ben", "Loss", true);
            // term of the day: a schedule, a rotation in its first cycle, a booking and a post
            new ScheduleStore(db).save(new Schedule("guild-1", Optional.of("chan-9"), LocalTime.of(8, 30),
                    ZoneId.of("Europe/Berlin"), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), true,
                    Optional.of("role-3"), t0));
            RotationStore rotation = new RotationStore(db);
            rotation.loadOrCreate("guild-1", () -> 42L);
            rotation.queue("guild-1", LocalDate.parse("2026-12-03"), "Kernel");
            Map<String, RotationState.Outcome> done = new LinkedHashMap<>();
            done.put("Epoch", RotationState.Outcome.POSTED);
            done.put("Bias", RotationState.Outcome.SKIPPED);
            rotation.recordPost(new PostedTerm("guild-1", LocalDate.parse("2026-11-20"), "Epoch", "chan-9", t0),
                    new RotationState("guild-1", 42L, 1, List.of("Epoch", "Bias", "Kernel", "Loss"), done,
                            Optional.of("Epoch")));
            // coverage: one gap, two answered terms
            GapStore gaps = new GapStore(db);
            gaps.logGap("guild-1", t0, "what is a transformer?", "what is a transformer", List.of("Tensor"));
            gaps.logAnswered("guild-1", t0, List.of("Epoch", "Kernel"));
            // an open channel-quiz message
            new OpenQuizMessageStore(db).open(new OpenQuizMessageStore.OpenMessage("msg-1", "chan-9", "guild-1", t0));
        }
    }
}
