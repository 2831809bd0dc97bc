package dev.glossarytutor.coverage;

import java.time.LocalDate;

/** The questions of one day, by how they went. */
public record DayCount(LocalDate day, int answered, int closeMatches, int abstained) {

    public int total() {
        return answered + closeMatches + abstained;
    }
}
