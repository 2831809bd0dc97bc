package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.config.Config;
import dev.glossarytutor.config.DatabaseConfig;
import dev.glossarytutor.match.EmbeddingChoice;
import dev.glossarytutor.quiz.PlayerStats;
import dev.glossarytutor.store.postgres.PostgresStore;
import dev.glossarytutor.store.postgres.TestPostgres;
import dev.glossarytutor.testing.FakeTicker;
import dev.glossarytutor.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TUTOR_DATABASE_URL selects the PostgreSQL store; without it the state stays in the SQLite file. */
class WiringStoreTest {
    private final MutableClock clock = MutableClock.at(ZonedDateTime.parse("2026-12-01T08:30:00Z[UTC]"));

    @Test
    void start_should_keep_state_in_postgresql_when_a_database_url_is_set(@TempDir Path dir) throws Exception {
        // GIVEN a configuration naming a PostgreSQL database (a fresh schema)
        String schema = TestPostgres.createSchema();
        try {
            Config config = new Config(dir.resolve("data"), Path.of("glossary"), Optional.empty(), EmbeddingChoice.DEFAULT,
                    Optional.of(new DatabaseConfig(TestPostgres.urlOf(schema), Optional.of(TestPostgres.USER),
                            Optional.empty(), 2)));
            // WHEN the application records a quiz answer
            try (Wiring app = Wiring.start(config, Optional.empty(), clock, new FakeTicker())) {
                assertThat(app.database().description()).startsWith("PostgreSQL ");
                app.quiz().progress().recordAnswer("guild", "ana", "Epoch", true);
            }
            // THEN another process reading the database sees it, and no SQLite file was made
            try (PostgresStore other = PostgresStore.open(TestPostgres.login(schema))) {
                assertThat(other.scores().stats("guild", "ana")).map(PlayerStats::correct).contains(1);
            }
            assertThat(Files.exists(config.databaseFile())).isFalse();
        } finally {
            TestPostgres.dropSchema(schema);
        }
    }
}
