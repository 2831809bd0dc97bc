package dev.glossarytutor.store.sqlite;

import dev.glossarytutor.store.SqlScheduleRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.glossarytutor.store.StoreException;
import dev.glossarytutor.totd.Schedule;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that finds the database locked by another connection waits a bounded time, then fails; never forever. */
class BusyDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void inTransaction_should_give_up_after_bounded_attempts_when_another_process_holds_the_write_lock() throws Exception {
        Path file = dir.resolve("tutor.db");
        try (SqliteDatabase db = SqliteDatabase.open(file, 50);
                Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SqlScheduleRepository schedules = new SqlScheduleRepository(db);
            // GIVEN another connection (as another process would) holds the write lock
            try (Statement st = other.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
            }

            // WHEN this one writes
            StoreException e = catchThrowableOfType(StoreException.class,
                    () -> schedules.save(Schedule.defaults("s", ZoneOffset.UTC)));

            // THEN it gives up after its attempts, saying why
            assertThat(e).hasMessageContaining("stayed locked by another process for 4 x 50 ms");

            // WHEN the other lets go THEN the write goes through
            try (Statement st = other.createStatement()) {
                st.execute("ROLLBACK");
            }
            schedules.save(Schedule.defaults("s", ZoneOffset.UTC));
            assertThat(schedules.find("s")).isPresent();
        }
    }
}
