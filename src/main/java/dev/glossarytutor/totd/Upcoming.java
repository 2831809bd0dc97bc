package dev.glossarytutor.totd;

import java.time.LocalDate;

/** A date that will get a post and the term it will show; {@code queued} when an instructor booked it. */
public record Upcoming(LocalDate date, String term, boolean queued) {

    /** {@code YYYY-MM-DD<TAB>Term}, the line format of {@code totd upcoming N}. */
    public String line() {
        return date + "\t" + term;
    }
}
