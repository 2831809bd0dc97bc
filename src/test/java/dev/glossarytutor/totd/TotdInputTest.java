package dev.glossarytutor.totd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TotdInputTest {

    @Test
    void time_acceptsCommonFormats() {
        assertThat(TotdInput.time("09:00")).isEqualTo(LocalTime.of(9, 0));
        assertThat(TotdInput.time("9:30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(TotdInput.time("2:15 pm")).isEqualTo(LocalTime.of(14, 15));
        assertThat(TotdInput.time("12am")).isEqualTo(LocalTime.MIDNIGHT);
    }

    @Test
    void time_rejectsNonsenseWithAHint() {
        assertThatThrownBy(() -> TotdInput.time("25:00")).isInstanceOf(InvalidInputException.class).hasMessageContaining("HH:MM");
        assertThatThrownBy(() -> TotdInput.time("noon")).isInstanceOf(InvalidInputException.class).hasMessageContaining("09:00");
    }

    @Test
    void zone_acceptsIanaNamesInAnyCaseAndRejectsOthers() {
        assertThat(TotdInput.zone("europe/berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(TotdInput.zone("UTC")).isEqualTo(ZoneId.of("UTC"));
        assertThatThrownBy(() -> TotdInput.zone("Mars/Olympus")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("IANA");
    }

    @Test
    void days_acceptsNamesListsAndRanges() {
        assertThat(TotdInput.days("weekdays")).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(TotdInput.days("mon,wed, fri")).containsExactlyInAnyOrder(
                DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(TotdInput.days("fri-mon")).containsExactlyInAnyOrder(
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
        assertThat(TotdInput.describe(TotdInput.days("tue-thu"))).isEqualTo("Tue-Thu");
        assertThatThrownBy(() -> TotdInput.days("someday")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void date_acceptsIsoTodayAndTomorrow() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertThat(TotdInput.date("tomorrow", today)).isEqualTo(today.plusDays(1));
        assertThat(TotdInput.date("2026-12-01", today)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThatThrownBy(() -> TotdInput.date("1/12", today)).isInstanceOf(InvalidInputException.class);
    }
}
