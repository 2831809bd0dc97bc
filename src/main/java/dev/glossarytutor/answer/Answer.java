package dev.glossarytutor.answer;

import java.util.List;
import java.util.Objects;

/**
 * What the tutor says to one message, independent of how it is shown.
 *
 * @param question    the message as received
 * @param kind        what sort of reply this is
 * @param quotes      the entries quoted, best first; empty unless the kind quotes something
 * @param confidence  calibrated confidence in the first quote (or in abstaining), 0..1
 * @param suggestions "did you mean" terms when abstaining, or other close matches when a quote was
 *                    found by a description rather than a name; never one of the quoted terms
 * @param note        a human explanation when nothing is quoted (empty input, too long, ...)
 */
public record Answer(
        String question,
        Kind kind,
        List<Quote> quotes,
        double confidence,
        List<String> suggestions,
        String note) {

    /** The sorts of replies. */
    public enum Kind {
        /** One term, quoted. */
        DEFINITION,
        /** Several terms compared; each is quoted. */
        COMPARISON,
        /** A question about something the glossary does not define. */
        NOT_FOUND,
        /** No question at all ("thanks!"); a chat transport stays silent. */
        CHATTER,
        /** Input that cannot be a question (empty, only punctuation); {@link #note} says why. */
        INVALID
    }

    public Answer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(kind, "kind");
        quotes = List.copyOf(quotes);
        suggestions = List.copyOf(suggestions);
        note = note == null ? "" : note;
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        for (Quote q : quotes) {
            if (suggestions.contains(q.term())) {
                throw new IllegalArgumentException("a suggestion repeats the quoted term " + q.term());
            }
        }
    }

    public static Answer quoting(String question, Kind kind, List<Quote> quotes, double confidence) {
        return new Answer(question, kind, quotes, confidence, List.of(), "");
    }

    /** One term found by what the question describes, with the other terms that came close. */
    public static Answer described(String question, Quote quote, List<String> closeMatches) {
        return new Answer(question, Kind.DEFINITION, List.of(quote), quote.score(), closeMatches, "");
    }

    public static Answer notFound(String question, double confidence, List<String> suggestions) {
        return new Answer(question, Kind.NOT_FOUND, List.of(), confidence, suggestions, "");
    }

    public static Answer chatter(String question) {
        return new Answer(question, Kind.CHATTER, List.of(), 1.0, List.of(), "");
    }

    public static Answer invalid(String question, String note) {
        return new Answer(question, Kind.INVALID, List.of(), 1.0, List.of(), note);
    }

    /** The same answer to a differently worded message (answers are cached by normalised text). */
    public Answer withQuestion(String text) {
        return new Answer(text, kind, quotes, confidence, suggestions, note);
    }

    /** The quoted terms, best first. */
    public List<String> terms() {
        return quotes.stream().map(Quote::term).toList();
    }

    public boolean quotesSomething() {
        return !quotes.isEmpty();
    }
}
