package dev.glossarytutor.coverage;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The files of a class report: the three PNGs, the numbers as CSV and a self-contained
 * {@code report.html} that embeds the pictures (base64), by file name.
 */
public final class ReportExport {
    public static final String HEAT_MAP = "heatmap.png";
    public static final String PER_DAY = "questions-per-day.png";
    public static final String UNANSWERED = "unanswered.png";
    public static final String TERMS_CSV = "terms.csv";
    public static final String DAYS_CSV = "questions-per-day.csv";
    public static final String UNANSWERED_CSV = "unanswered.csv";
    public static final String HTML = "report.html";

    private ReportExport() {
    }

    /** Every file, in a stable order. */
    public static Map<String, byte[]> files(ClassReport report, ReportCharts.Images images) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(HEAT_MAP, images.heatMap());
        out.put(PER_DAY, images.questionsPerDay());
        out.put(UNANSWERED, images.unanswered());
        out.put(TERMS_CSV, utf8(termsCsv(report)));
        out.put(DAYS_CSV, utf8(daysCsv(report)));
        out.put(UNANSWERED_CSV, utf8(unansweredCsv(report)));
        out.put(HTML, utf8(html(report, images)));
        return out;
    }

    /** Every term, worst first; accuracy empty for a term never quizzed. */
    public static String termsCsv(ClassReport report) {
        StringBuilder csv = new StringBuilder("term,quiz_accuracy_percent,quiz_answers,quiz_correct,times_asked\n");
        for (ClassReport.TermRow r : report.terms()) {
            csv.append(cell(r.term())).append(',')
                    .append(r.quizzed() ? String.format(Locale.ROOT, "%.1f", 100 * r.accuracy()) : "").append(',')
                    .append(r.quizAnswers()).append(',').append(r.quizCorrect()).append(',').append(r.asked()).append('\n');
        }
        return csv.toString();
    }

    public static String daysCsv(ClassReport report) {
        StringBuilder csv = new StringBuilder("day,answered,answered_with_close_matches,unanswered\n");
        for (DayCount d : report.days()) {
            csv.append(d.day()).append(',').append(d.answered()).append(',').append(d.closeMatches()).append(',')
                    .append(d.abstained()).append('\n');
        }
        return csv.toString();
    }

    public static String unansweredCsv(ClassReport report) {
        StringBuilder csv = new StringBuilder("subject,times_asked\n");
        for (ClassReport.SubjectCount s : report.unanswered()) {
            csv.append(cell(s.subject())).append(',').append(s.count()).append('\n');
        }
        return csv.toString();
    }

    public static String html(ClassReport report, ReportCharts.Images images) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Class report %s to %s</title>
                <style>body{font-family:sans-serif;max-width:1000px;margin:auto;padding:1em}img{width:100%%;height:auto}</style>
                </head><body>
                <h1>Class report</h1>
                <p>%s</p>
                <h2>Terms, weakest first</h2>
                <img alt="Term heat map" src="data:image/png;base64,%s">
                <h2>Questions per day</h2>
                <img alt="Questions per day" src="data:image/png;base64,%s">
                <h2>Top unanswered subjects</h2>
                <img alt="Top unanswered subjects" src="data:image/png;base64,%s">
                <p>The numbers: %s, %s, %s (beside this file).</p>
                </body></html>
                """.formatted(report.from(), report.to(), escape(report.summary()),
                base64(images.heatMap()), base64(images.questionsPerDay()), base64(images.unanswered()),
                TERMS_CSV, DAYS_CSV, UNANSWERED_CSV);
    }

    private static String base64(byte[] png) {
        return Base64.getEncoder().encodeToString(png);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A CSV cell, quoted when it holds a comma, quote or line break (RFC 4180). */
    static String cell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
