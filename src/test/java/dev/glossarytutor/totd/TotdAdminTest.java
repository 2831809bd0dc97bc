package dev.glossarytutor.totd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.instructor.NotInstructorException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TotdAdminTest {
    @TempDir
    Path dir;

    @Test
    void should_refuse_students_and_accept_instructors() throws Exception {
        try (TotdFixture f = new TotdFixture(dir, ZonedDateTime.of(2026, 11, 2, 8, 0, 0, 0, ZoneId.of("UTC")))) {
            TotdAdmin admin = new TotdAdmin(f.service);
            Actor student = Actor.student("u1");

            // WHEN a student tries the schedule tools THEN each is refused and nothing changes
            assertThatThrownBy(() -> admin.setTime(student, "s", "10:00")).isInstanceOf(NotInstructorException.class)
                    .hasMessage("Only instructors can change the term-of-the-day schedule.");
            assertThatThrownBy(() -> admin.postNow(student, "s")).isInstanceOf(NotInstructorException.class);
            assertThatThrownBy(() -> admin.preview(student, "s", 3)).isInstanceOf(NotInstructorException.class);
            assertThatThrownBy(() -> admin.skip(student, "s", "")).isInstanceOf(NotInstructorException.class);
            assertThat(f.schedules.find("s")).isEmpty();

            // WHEN an instructor (e.g. Manage Server on Discord) does THEN the schedule is stored
            Schedule s = admin.setChannel(Actor.instructor("u2"), "s", "#vocab");
            assertThat(TotdAdmin.describe(s)).isEqualTo("every day at 09:00 (UTC) in #vocab, on");
            assertThat(f.schedules.find("s")).contains(s);
            assertThatThrownBy(() -> admin.preview(Actor.instructor("u2"), "s", 0))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("between 1 and 366");
        }
    }
}
