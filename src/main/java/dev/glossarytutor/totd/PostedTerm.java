package dev.glossarytutor.totd;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A term of the day that went out: at most one per server and local date. */
public record PostedTerm(String serverId, LocalDate date, String term, String channel, Instant postedAt) {
    public PostedTerm {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(postedAt, "postedAt");
    }
}
