package dev.glossarytutor.quiz;

import java.time.Instant;

/** Where one term stands in one student's Leitner boxes, and when it is due again. */
public record LeitnerCard(String user, String term, int box, Instant due, Instant lastSeen) {
}
