package dev.glossarytutor.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One question a student asked, without names: the day, the server, how it went and the terms the
 * answer quoted. No user id and no question text (the text of an unanswered question stays in the
 * gap log).
 *
 * @param terms the quoted terms; empty when the tutor abstained
 */
public record AskedQuestion(String serverId, LocalDate day, Outcome outcome, List<String> terms) {

    /** How the tutor answered. */
    public enum Outcome {
        /** A term was quoted by name, or several compared. */
        ANSWERED,
        /** A term was quoted for a description, with other close matches offered. */
        CLOSE_MATCHES,
        /** Nothing was quoted: "abstained". */
        ABSTAINED
    }

    public AskedQuestion {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(outcome, "outcome");
        terms = List.copyOf(terms);
        if ((outcome == Outcome.ABSTAINED) != terms.isEmpty()) {
            throw new IllegalArgumentException("an abstention quotes no term, an answer at least one: " + outcome + " " + terms);
        }
    }
}
