package dev.glossarytutor.coverage;

import dev.glossarytutor.glossary.Entry;
import dev.glossarytutor.glossary.Glossary;
import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.quiz.TermAccuracyRepository;
import dev.glossarytutor.quiz.TermScore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** Builds the instructors' {@link ClassReport} from the quiz answers, the asked log and the gap log. */
public final class ClassReports {
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;
    /** Unanswered subjects in the report. */
    public static final int TOP_SUBJECTS = 10;

    private final TermAccuracyRepository quiz;
    private final AskedTermRepository asked;
    private final GapRepository gaps;
    /** Each server's glossary: the report's rows are the terms of the course the server uses. */
    private final Function<String, Glossary> glossaries;
    private final Clock clock;

    /** @param clock the days are the clock's (UTC) days, as {@link AskedLog} records them */
    public ClassReports(TermAccuracyRepository quiz, AskedTermRepository asked, GapRepository gaps,
                        Supplier<Glossary> glossary, Clock clock) {
        this(quiz, asked, gaps, server -> glossary.get(), clock);
    }

    /** @param glossaries a server's glossary as loaded now (see {@code answer.Courses#forServer}) */
    public ClassReports(TermAccuracyRepository quiz, AskedTermRepository asked, GapRepository gaps,
                        Function<String, Glossary> glossaries, Clock clock) {
        this.quiz = quiz;
        this.asked = asked;
        this.gaps = gaps;
        this.glossaries = glossaries;
        this.clock = clock;
    }

    /** The report of the last {@code days} days, today included. */
    public ClassReport report(Actor actor, String serverId, int days) {
        actor.requireInstructor("see the class report");
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS + ", got " + days);
        }
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusDays(days - 1L);
        TermAccuracyRepository.ClassAccuracy scores = quiz.accuracy(serverId,
                from.atStartOfDay(clock.getZone()).toInstant());
        Map<String, Integer> timesAsked = asked.timesAsked(serverId, from, to);

        Map<String, ClassReport.TermRow> rows = new LinkedHashMap<>();
        for (Entry e : glossaries.apply(serverId).entries()) {
            rows.put(e.term(), new ClassReport.TermRow(e.term(), 0, 0, timesAsked.getOrDefault(e.term(), 0)));
        }
        for (TermScore s : scores.terms()) {
            ClassReport.TermRow old = rows.get(s.term());
            if (old != null) { // terms a reload removed are no longer the class's to learn
                rows.put(s.term(), new ClassReport.TermRow(s.term(), s.answered(), s.correct(), old.asked()));
            }
        }

        Map<LocalDate, DayCount> perDay = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            perDay.put(d, new DayCount(d, 0, 0, 0));
        }
        asked.questionsPerDay(serverId, from, to).forEach(d -> perDay.put(d.day(), d));

        return new ClassReport(serverId, from, to, scores.students(), new ArrayList<>(rows.values()),
                new ArrayList<>(perDay.values()), GapSubjects.top(gaps.report(serverId, CoverageGaps.MAX_REPORT_LINES), TOP_SUBJECTS));
    }
}
