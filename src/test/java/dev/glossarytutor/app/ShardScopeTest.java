package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.config.ShardConfig;
import dev.glossarytutor.quiz.OpenQuizRepository;
import dev.glossarytutor.quiz.OpenQuizRepository.OpenMessage;
import dev.glossarytutor.store.sqlite.SqliteStore;
import dev.glossarytutor.totd.Schedule;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardScopeTest {
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    private static final String ON_0 = "81384788765712384";
    private static final String ON_1 = String.valueOf(81384788765712384L + (1L << 22));

    private static Schedule schedule(String server) {
        return new Schedule(server, Optional.of("chan"), LocalTime.NOON, ZoneOffset.UTC, EnumSet.allOf(DayOfWeek.class),
                true, Optional.empty(), T0);
    }

    @Test
    void should_list_only_its_shards_servers_when_sharded(@TempDir Path dir) {
        try (SqliteStore store = SqliteStore.open(dir.resolve("tutor.db"))) {
            // GIVEN schedules and open quiz messages of servers on shards 0 and 1
            store.schedules().save(schedule(ON_0));
            store.schedules().save(schedule(ON_1));
            store.openQuizzes().open(new OpenMessage("m0", "c", ON_0, T0));
            store.openQuizzes().open(new OpenMessage("m1", "c", ON_1, T0));
            ShardScope scope = new ShardScope();
            OpenQuizRepository open = scope.openQuizzes(store.openQuizzes());
            // WHEN not sharded THEN every server is listed
            assertThat(scope.schedules(store.schedules()).enabled()).hasSize(2);
            // WHEN this process is shard 1 of 2
            scope.set(new ShardConfig(2, 1));
            // THEN the scheduler and start-up see only shard 1's server; single-server reads and writes are untouched
            assertThat(scope.schedules(store.schedules()).enabled()).extracting(Schedule::serverId).containsExactly(ON_1);
            assertThat(scope.schedules(store.schedules()).find(ON_0)).isPresent();
            assertThat(open.all()).extracting(OpenMessage::messageId).containsExactly("m1");
            open.closed("m0");
            assertThat(store.openQuizzes().all()).extracting(OpenMessage::messageId).containsExactly("m1");
        }
    }
}
