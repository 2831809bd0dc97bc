package dev.glossarytutor.coverage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the class knows and asks over a span of days: one row per glossary term, the questions per
 * day, and the most frequent unanswered subjects. Values only; {@link ReportCharts} draws them and
 * {@link ReportExport} writes them out.
 *
 * @param from       first day, inclusive
 * @param to         last day, inclusive
 * @param students   distinct students who answered quiz questions
 * @param terms      every glossary term, worst first (see {@link #WORST_FIRST})
 * @param days       every day from {@code from} to {@code to}, zeros included
 * @param unanswered the most frequent unanswered subjects, most frequent first
 */
public record ClassReport(String serverId, LocalDate from, LocalDate to, int students, List<TermRow> terms,
                          List<DayCount> days, List<SubjectCount> unanswered) {

    /**
     * Worst first: terms quizzed, by accuracy (more answers first among equals); then terms asked
     * but never quizzed, most asked first; then terms neither quizzed nor asked. Ties by term.
     */
    public static final Comparator<TermRow> WORST_FIRST = Comparator
            .comparingInt((TermRow r) -> r.quizzed() ? 0 : r.asked() > 0 ? 1 : 2)
            .thenComparingDouble(r -> r.quizzed() ? r.accuracy() : 0)
            .thenComparing(Comparator.comparingInt(TermRow::quizAnswers).reversed())
            .thenComparing(Comparator.comparingInt(TermRow::asked).reversed())
            .thenComparing(TermRow::term, String.CASE_INSENSITIVE_ORDER);

    public ClassReport {
        terms = terms.stream().sorted(WORST_FIRST).toList();
        days = List.copyOf(days);
        unanswered = List.copyOf(unanswered);
    }

    /** One glossary term: its quiz answers in the span and how many questions quoted it. */
    public record TermRow(String term, int quizAnswers, int quizCorrect, int asked) {
        public boolean quizzed() {
            return quizAnswers > 0;
        }

        /** Correct quiz answers as a share, 0..1; 0 when never quizzed (see {@link #quizzed}). */
        public double accuracy() {
            return quizAnswers == 0 ? 0 : (double) quizCorrect / quizAnswers;
        }
    }

    /** An unanswered subject and how often it was asked. */
    public record SubjectCount(String subject, int count) {
    }

    public int quizAnswers() {
        return terms.stream().mapToInt(TermRow::quizAnswers).sum();
    }

    public int questions() {
        return days.stream().mapToInt(DayCount::total).sum();
    }

    /** The span in days, both ends included. */
    public int span() {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }

    /** One line for a chat reply: "32 students answered 410 quiz questions; weakest: Equivariance 38%, …". */
    public String summary() {
        String weakest = terms.stream().filter(TermRow::quizzed).limit(3)
                .map(r -> r.term() + " " + percent(r.accuracy()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%d student%s answered %d quiz question%s and asked %d question%s %s%s",
                students, students == 1 ? "" : "s", quizAnswers(), quizAnswers() == 1 ? "" : "s",
                questions(), questions() == 1 ? "" : "s", span() == 1 ? "today" : "in the last " + span() + " days",
                weakest.isEmpty() ? "." : "; weakest: " + weakest + (terms.stream().filter(TermRow::quizzed).count() > 3 ? ", \u2026" : "."));
    }

    static String percent(double share) {
        return Math.round(100 * share) + "%";
    }
}
