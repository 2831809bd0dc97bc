package dev.glossarytutor.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The log of what is asked, without names: per answered question its day, server and quoted terms,
 * or that the tutor abstained. Days are inclusive on both ends.
 */
public interface AskedTermRepository {

    /** Logs one question. */
    void record(AskedQuestion question);

    /** The days from {@code from} to {@code to} on which questions were asked in the server, in order; days without questions are left out. */
    List<DayCount> questionsPerDay(String serverId, LocalDate from, LocalDate to);

    /** How many questions quoted each term between {@code from} and {@code to}; terms never quoted are left out. */
    Map<String, Integer> timesAsked(String serverId, LocalDate from, LocalDate to);
}
