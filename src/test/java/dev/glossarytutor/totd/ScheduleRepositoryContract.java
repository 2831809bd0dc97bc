package dev.glossarytutor.totd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ScheduleRepository} must do; a store runs it by extending this class. */
public abstract class ScheduleRepositoryContract {
    private static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");

    /** A repository on an empty database, the same one on every call within a test. */
    protected abstract ScheduleRepository schedules();

    private static Schedule schedule(String server, boolean enabled, Optional<String> role) {
        return new Schedule(server, Optional.of("chan"), LocalTime.of(8, 30), ZoneId.of("Europe/Berlin"),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), enabled, role, T0);
    }

    @Test
    void save_should_replace_the_server_schedule_when_saved_twice() {
        // GIVEN a schedule saved, then changed and saved again
        schedules().save(schedule("s1", true, Optional.of("role")));
        Schedule paused = schedule("s1", false, Optional.empty());
        schedules().save(paused);
        // WHEN it is read THEN every field is the new one
        assertThat(schedules().find("s1")).contains(paused);
        assertThat(schedules().find("s2")).isEmpty();
    }

    @Test
    void enabled_should_list_switched_on_schedules_by_server_when_some_are_paused() {
        // GIVEN three servers, one paused
        schedules().save(schedule("s3", true, Optional.empty()));
        schedules().save(schedule("s1", true, Optional.empty()));
        schedules().save(schedule("s2", false, Optional.empty()));
        // WHEN the enabled ones are read THEN they come by server id
        assertThat(schedules().enabled()).extracting(Schedule::serverId).containsExactly("s1", "s3");
    }
}
