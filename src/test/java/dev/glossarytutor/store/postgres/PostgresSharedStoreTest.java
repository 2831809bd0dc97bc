package dev.glossarytutor.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.quiz.PlayerStats;
import dev.glossarytutor.store.StoreException;
import dev.glossarytutor.totd.RotationState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two processes (two pools) on one PostgreSQL database, as two Discord shards would be. */
class PostgresSharedStoreTest {
    private static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");
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

    @Test
    void record_should_count_every_answer_when_two_stores_write_at_once() throws Exception {
        try (PostgresStore a = PostgresStore.open(TestPostgres.login(schema));
             PostgresStore b = PostgresStore.open(TestPostgres.login(schema))) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                // GIVEN 4 writers, two per store, each recording 25 right answers for the same player
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    PostgresStore store = w % 2 == 0 ? a : b;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < 25; i++) {
                            store.unitOfWork().run(() -> store.scores().record("s", "ana", "Epoch", true, T0));
                        }
                    }));
                }
                // WHEN they have all finished
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            // THEN every answer counted once and the streak is unbroken
            assertThat(b.scores().stats("s", "ana")).contains(new PlayerStats("s", "ana", 100, 100, 100, 100, T0));
        }
    }

    @Test
    void loadOrCreate_should_give_both_stores_the_first_seed_when_both_create_it() {
        try (PostgresStore a = PostgresStore.open(TestPostgres.login(schema));
             PostgresStore b = PostgresStore.open(TestPostgres.login(schema))) {
            // GIVEN one store created the rotation with seed 7
            RotationState first = a.rotations().loadOrCreate("s", () -> 7L);
            // WHEN the other asks with another seed THEN it gets the same rotation
            assertThat(b.rotations().loadOrCreate("s", () -> 99L)).isEqualTo(first);
        }
    }

    @Test
    void open_should_name_no_credential_when_the_login_is_shown_or_refused() {
        // GIVEN a login with a password, and one to a port where nothing listens
        PostgresDatabase.Login login = new PostgresDatabase.Login(
                "jdbc:postgresql://127.0.0.1:1/tutor?password=hunter2", "tutor", "s3cret", 2);
        // WHEN it is shown THEN neither password appears
        assertThat(login.toString()).doesNotContain("s3cret").doesNotContain("hunter2").contains("127.0.0.1:1/tutor");
        // AND a failed connection says where, without them
        assertThatThrownBy(() -> PostgresStore.open(login)).isInstanceOf(StoreException.class)
                .hasMessageContaining("PostgreSQL 127.0.0.1:1/tutor")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret").doesNotContain("hunter2"));
    }
}
