package dev.glossarytutor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glossarytutor.config.Env;
import dev.glossarytutor.store.postgres.PostgresStore;
import dev.glossarytutor.store.postgres.TestPostgres;
import dev.glossarytutor.store.sqlite.SqliteStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MigrateStoreCommandTest {
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    @Test
    void migrateStore_should_copy_and_report_every_table_when_the_target_is_empty(@TempDir Path dir) {
        // GIVEN a SQLite file with two answers, and an empty PostgreSQL schema
        Path file = dir.resolve("tutor.db");
        try (SqliteStore sqlite = SqliteStore.open(file)) {
            sqlite.scores().record("guild", "ana", "Epoch", true, T0);
            sqlite.scores().record("guild", "ben", "Epoch", false, T0);
        }
        String schema = TestPostgres.createSchema();
        try {
            // WHEN migrate-store runs, the user coming from the environment
            MigrateStoreCommand command = new MigrateStoreCommand();
            command.env = new Env(Map.of("TUTOR_DATABASE_USER", TestPostgres.USER));
            StringWriter out = new StringWriter();
            command.out = new PrintWriter(out, true);
            int exit = new CommandLine(command).execute("--from", "sqlite:" + file, "--to", TestPostgres.urlOf(schema));
            // THEN it succeeds, one line per table, and the scores are in PostgreSQL
            assertThat(exit).isZero();
            assertThat(out.toString()).contains("quiz_scores: 2 row(s) in the source, 2 in the target")
                    .contains("every count matches").doesNotContain("MISMATCH");
            try (PostgresStore postgres = PostgresStore.open(TestPostgres.login(schema))) {
                assertThat(postgres.scores().leaderboard("guild", 10)).hasSize(2);
            }
        } finally {
            TestPostgres.dropSchema(schema);
        }
    }

    @Test
    void migrateStore_should_refuse_when_the_source_file_is_missing(@TempDir Path dir) {
        // GIVEN no file WHEN migrate-store runs THEN it fails with exit 2 and creates nothing
        CommandLineRun cli = new CommandLineRun();
        int exit = cli.run("migrate-store", "--from", "sqlite:" + dir.resolve("none.db"), "--to",
                "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(exit).isEqualTo(2);
        assertThat(cli.err()).contains("--from names no file");
        assertThat(dir.resolve("none.db")).doesNotExist();
    }
}
