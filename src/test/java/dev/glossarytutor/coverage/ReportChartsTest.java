package dev.glossarytutor.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ReportChartsTest {
    private static final LocalDate TO = LocalDate.parse("2026-03-31");

    @Test
    void heatMap_should_show_the_40_weakest_and_say_so_when_the_glossary_has_500_terms() throws Exception {
        // GIVEN 500 terms, term 499 the weakest
        List<ClassReport.TermRow> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(new ClassReport.TermRow(String.format("Term %03d", i), 1000, 1000 - i, i % 7));
        }
        ClassReport report = new ClassReport("s", TO.minusDays(29), TO, 12, rows, List.of(), List.of());

        // WHEN
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ReportCharts.heatMap(report)));

        // THEN 40 rows, worst first, and the caption says how many are left out
        assertThat(report.terms().get(0).term()).isEqualTo("Term 499");
        assertThat(ReportCharts.heatMapCaption(report)).startsWith("The 40 weakest of 500 terms, last 30 days");
        assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH);
        assertThat(image.getHeight()).isLessThan(200 + 34 * 41);
    }

    @Test
    void report_should_sort_never_quizzed_terms_after_quizzed_ones_when_some_were_only_asked() {
        // GIVEN one term quizzed, one only asked, one neither
        ClassReport report = new ClassReport("s", TO, TO, 1, List.of(new ClassReport.TermRow("Neither", 0, 0, 0),
                new ClassReport.TermRow("Asked", 0, 0, 3), new ClassReport.TermRow("Quizzed", 4, 4, 0)),
                List.of(new DayCount(TO, 2, 1, 0)), List.of());

        // THEN
        assertThat(report.terms()).extracting(ClassReport.TermRow::term).containsExactly("Quizzed", "Asked", "Neither");
        assertThat(report.summary()).isEqualTo("1 student answered 4 quiz questions and asked 3 questions today;"
                + " weakest: Quizzed 100%.");
    }

    @Test
    void subjectOf_should_drop_question_words_when_grouping_gaps() {
        assertThat(GapSubjects.subjectOf("what is a flux capacitor")).isEqualTo("flux capacitor");
        assertThat(GapSubjects.subjectOf("define flux capacitor")).isEqualTo("flux capacitor");
        assertThat(GapSubjects.subjectOf("can you explain the warp drive")).isEqualTo("warp drive");
        assertThat(GapSubjects.subjectOf("whats a tachyon")).isEqualTo("tachyon");
        assertThat(GapSubjects.subjectOf("what does sgd mean")).isEqualTo("sgd");
        assertThat(GapSubjects.subjectOf("what is")).isEqualTo("what is");
    }
}
