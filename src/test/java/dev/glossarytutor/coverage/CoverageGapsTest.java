package dev.glossarytutor.coverage;

import dev.glossarytutor.store.SqlGapRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glossarytutor.answer.Answer;
import dev.glossarytutor.answer.Tutor;
import dev.glossarytutor.glossary.GlossaryLoader;
import dev.glossarytutor.instructor.Actor;
import dev.glossarytutor.instructor.NotInstructorException;
import dev.glossarytutor.store.sqlite.SqliteDatabase;
import dev.glossarytutor.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageGapsTest {

    @TempDir
    Path dir;

    @Test
    void should_report_the_most_frequent_unanswered_questions_grouped_by_normalised_text() throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("tutor.db"))) {
            // GIVEN a tutor on the real glossary whose answers are logged
            MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);
            Tutor tutor = new Tutor(GlossaryLoader.load(Path.of("glossary", "deep-learning")));
            CoverageGaps gaps = new CoverageGaps(new SqlGapRepository(db), clock);
            tutor.addListener(gaps);

            // WHEN students ask, in two servers
            for (String q : List.of("Dropout?", "dropout", "DROPOUT!!", "batch norm", "Epoch", "epoch", "Tensor")) {
                tutor.ask(q, "s1");
                clock.advance(Duration.ofMinutes(1));
            }
            tutor.ask("attention", "s2");

            // THEN the report for s1 groups the spellings of one question and counts the answered terms
            GapReport report = gaps.report(Actor.console(), "s1", 10);
            assertThat(report.unanswered()).isEqualTo(4);
            assertThat(report.answered()).isEqualTo(3);
            assertThat(report.gaps()).extracting(GapReport.Gap::normalized, GapReport.Gap::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("dropout", 3),
                            org.assertj.core.groups.Tuple.tuple("batch norm", 1));
            assertThat(report.gaps().get(0).example()).isEqualTo("DROPOUT!!");
            assertThat(report.gaps().get(0).lastAsked()).isEqualTo(Instant.parse("2026-11-02T09:02:00Z"));
            assertThat(report.topTerms()).extracting(GapReport.TermCount::term, GapReport.TermCount::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Epoch", 2),
                            org.assertj.core.groups.Tuple.tuple("Tensor", 1));
            assertThat(report.text()).contains("   3 x  DROPOUT!!", "   2 x  Epoch").doesNotContain("attention");
        }
    }

    @Test
    void should_log_the_suggestions_and_never_let_question_text_ping() throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("tutor.db"))) {
            // GIVEN an abstention with suggestions, from a question that tries to ping everyone
            MutableClock clock = new MutableClock(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);
            CoverageGaps gaps = new CoverageGaps(new SqlGapRepository(db), clock);
            gaps.answered("s1", Answer.notFound("@everyone what is dropuot", 0.4, List.of("Dropout")));
            gaps.answered("s1", Answer.chatter("thanks!"));

            // WHEN the report is shown
            GapReport report = gaps.report(Actor.console(), "s1", 5);

            // THEN the suggestion is there, chatter is not, and the @ cannot mention anybody
            assertThat(report.gaps()).singleElement().satisfies(g -> assertThat(g.suggestions()).containsExactly("Dropout"));
            assertThat(report.text()).contains("suggested: Dropout").doesNotContain("@everyone").contains("@\u200Beveryone");
        }
    }

    @Test
    void should_refuse_students_and_survive_a_broken_store() throws Exception {
        SqliteDatabase db = SqliteDatabase.open(dir.resolve("tutor.db"));
        CoverageGaps gaps = new CoverageGaps(new SqlGapRepository(db), new MutableClock(Instant.parse("2026-11-02T09:00:00Z")));
        assertThatThrownBy(() -> gaps.report(Actor.student("u1"), "s1", 5)).isInstanceOf(NotInstructorException.class);

        // GIVEN a closed store, WHEN an answer is logged, THEN the answer path is not disturbed
        db.close();
        gaps.answered("s1", Answer.notFound("dropout", 0.4, List.of()));
    }
}
