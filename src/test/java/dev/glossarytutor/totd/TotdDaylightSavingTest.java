package dev.glossarytutor.totd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Posts keep their local time across DST changes, and every day gets exactly one. */
class TotdDaylightSavingTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} at {2}: posted at {3} {4}")
    @CsvSource({
            // zone,           transition day, schedule, local time of that day's post, its UTC offset
            "Europe/Berlin,    2026-03-29,     09:00,    09:00, +02:00",   // spring forward
            "Europe/Berlin,    2026-03-29,     02:30,    03:30, +02:00",   // inside the skipped hour
            "Europe/Berlin,    2026-10-25,     09:00,    09:00, +01:00",   // fall back
            "Europe/Berlin,    2026-10-25,     02:30,    02:30, +02:00",   // the repeated hour: first one
            "America/New_York, 2026-03-08,     09:00,    09:00, -04:00",
            "America/New_York, 2026-03-08,     02:30,    03:30, -04:00",
            "America/New_York, 2026-11-01,     09:00,    09:00, -05:00",
            "America/New_York, 2026-11-01,     01:30,    01:30, -04:00",
    })
    void should_post_once_a_day_at_local_time_when_the_clocks_change(
            String zone, LocalDate transition, LocalTime time, LocalTime postedAt, String offset) throws Exception {
        ZoneId z = ZoneId.of(zone);
        ZonedDateTime start = transition.minusDays(2).atStartOfDay(z);
        try (TotdFixture f = new TotdFixture(dir, start)) {
            // GIVEN a daily schedule set two days before the change
            f.schedule(time.toString(), zone, "daily");

            // WHEN the scheduler ticks every 10 minutes until two days after it
            f.tickUntil(transition.plusDays(2).atTime(23, 0).atZone(z), Duration.ofMinutes(10));

            // THEN each of the five days got one post, at the configured local time
            List<LocalDate> days = IntStream.rangeClosed(-2, 2).mapToObj(transition::plusDays).toList();
            assertThat(f.sent).extracting(TotdFixture.Sent::date).containsExactlyElementsOf(days);
            for (TotdFixture.Sent s : f.sent) {
                ZonedDateTime local = s.at().atZone(z);
                if (s.date().equals(transition)) {
                    assertThat(local.toLocalTime()).isEqualTo(postedAt);
                    assertThat(local.getOffset()).isEqualTo(ZoneOffset.of(offset));
                } else {
                    assertThat(local.toLocalTime()).as("post on %s", s.date()).isEqualTo(time);
                }
            }
        }
    }
}
