package dev.glossarytutor.coverage;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;

/**
 * Draws a {@link ClassReport} as PNGs with JFreeChart, headless: the term heat map, the questions
 * per day and the top unanswered subjects. Images are {@value #WIDTH} px wide with large text, so
 * they stay legible on a phone.
 */
public final class ReportCharts {
    public static final int WIDTH = 1000;
    /** Rows of the heat map; a larger glossary shows its weakest terms and says so. */
    public static final int HEAT_MAP_ROWS = 40;
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 30);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    static final Font CELL = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final int ROW_PX = 34;
    private static final int TERM_CHARS = 34;
    private static final Color NEVER = new Color(0xDDDDDD);
    static final Color ANSWERED = new Color(0x2E7D32);
    static final Color CLOSE = new Color(0xF9A825);
    static final Color UNANSWERED = new Color(0xC62828);

    /** The three pictures, PNG bytes. */
    public record Images(byte[] heatMap, byte[] questionsPerDay, byte[] unanswered) {
    }

    private ReportCharts() {
    }

    public static Images render(ClassReport report) {
        return new Images(heatMap(report), questionsPerDay(report), unanswered(report));
    }

    /**
     * One row per term, worst first, three columns: quiz accuracy (red to green), quiz answers and
     * times asked (white to blue, relative to the busiest term shown). Grey cells: never.
     */
    public static byte[] heatMap(ClassReport report) {
        List<ClassReport.TermRow> rows = report.terms().subList(0, Math.min(HEAT_MAP_ROWS, report.terms().size()));
        int n = rows.size();
        int maxAnswers = Math.max(1, rows.stream().mapToInt(ClassReport.TermRow::quizAnswers).max().orElse(1));
        int maxAsked = Math.max(1, rows.stream().mapToInt(ClassReport.TermRow::asked).max().orElse(1));
        // z encodes the column's colour ramp: accuracy in [0,1], answers in [2,3], asked in [4,5], never -1
        double[] x = new double[3 * n];
        double[] y = new double[3 * n];
        double[] z = new double[3 * n];
        String[] names = new String[n];
        XYPlot plot = new XYPlot();
        for (int i = 0; i < n; i++) {
            ClassReport.TermRow r = rows.get(i);
            names[i] = shorten(r.term(), TERM_CHARS);
            double[] zs = {r.quizzed() ? r.accuracy() : -1,
                    r.quizzed() ? 2 + (double) r.quizAnswers() / maxAnswers : -1,
                    r.asked() > 0 ? 4 + (double) r.asked() / maxAsked : -1};
            String[] labels = {r.quizzed() ? ClassReport.percent(r.accuracy()) : "never quizzed",
                    r.quizzed() ? Integer.toString(r.quizAnswers()) : "\u2013",
                    r.asked() > 0 ? Integer.toString(r.asked()) : "never asked"};
            for (int c = 0; c < 3; c++) {
                int k = 3 * i + c;
                x[k] = c;
                y[k] = i;
                z[k] = zs[c];
                XYTextAnnotation text = new XYTextAnnotation(labels[c], c, i);
                text.setFont(CELL);
                text.setPaint(zs[c] < 0 ? Color.DARK_GRAY : Color.BLACK);
                text.setTextAnchor(TextAnchor.CENTER);
                plot.addAnnotation(text);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("terms", new double[][] {x, y, z});
        SymbolAxis columns = new SymbolAxis(null, new String[] {"Quiz accuracy", "Quiz answers", "Times asked"});
        columns.setTickLabelFont(LABEL);
        columns.setGridBandsVisible(false);
        SymbolAxis terms = new SymbolAxis(null, names.length == 0 ? new String[] {""} : names);
        terms.setTickLabelFont(TICK);
        terms.setInverted(true);
        terms.setGridBandsVisible(false);
        terms.setRange(-0.5, Math.max(n, 1) - 0.5);
        columns.setRange(-0.5, 2.5);
        XYBlockRenderer cells = new XYBlockRenderer();
        cells.setPaintScale(new ColumnScale());
        plot.setDataset(data);
        plot.setDomainAxis(columns);
        plot.setRangeAxis(terms);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setRenderer(cells);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart("Terms, weakest first", TITLE, plot, false);
        subtitle(chart, heatMapCaption(report));
        return png(chart, WIDTH, 190 + ROW_PX * Math.max(n, 3));
    }

    /** What the heat map shows: all terms, or the {@value #HEAT_MAP_ROWS} weakest of how many. */
    public static String heatMapCaption(ClassReport report) {
        int all = report.terms().size();
        String shown = all > HEAT_MAP_ROWS ? "The " + HEAT_MAP_ROWS + " weakest of " + all + " terms" : "All " + all + " terms";
        return shown + ", last " + report.span() + " days (" + report.from() + " to " + report.to() + ")";
    }

    /** Questions per day, stacked: answered, answered with close matches, unanswered. */
    public static byte[] questionsPerDay(ClassReport report) {
        XYSeries answered = new XYSeries("Answered", true, false);
        XYSeries close = new XYSeries("Answered, with close matches", true, false);
        XYSeries abstained = new XYSeries("Unanswered", true, false);
        for (DayCount d : report.days()) {
            long at = d.day().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            answered.add(at, d.answered());
            close.add(at, d.closeMatches());
            abstained.add(at, d.abstained());
        }
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        data.addSeries(answered);
        data.addSeries(close);
        data.addSeries(abstained);
        data.setIntervalWidth(Duration.ofDays(1).toMillis());
        DateAxis days = new DateAxis(null);
        days.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        days.setDateFormatOverride(new java.text.SimpleDateFormat("d MMM", Locale.ENGLISH));
        days.getDateFormatOverride().setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        days.setTickLabelFont(TICK);
        NumberAxis count = new NumberAxis("Questions");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        count.setLabelFont(LABEL);
        count.setTickLabelFont(TICK);
        StackedXYBarRenderer bars = new StackedXYBarRenderer(0.15);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, ANSWERED);
        bars.setSeriesPaint(1, CLOSE);
        bars.setSeriesPaint(2, UNANSWERED);
        XYPlot plot = new XYPlot(data, days, count, bars);
        style(plot);
        JFreeChart chart = new JFreeChart("Questions per day", TITLE, plot, true);
        chart.getLegend().setItemFont(LABEL);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        subtitle(chart, report.questions() + " questions, last " + report.span() + " days");
        return png(chart, WIDTH, 620);
    }

    /** The most frequent unanswered subjects from the gap log, with their counts. */
    public static byte[] unanswered(ClassReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ClassReport.SubjectCount s : report.unanswered()) {
            data.addValue(s.count(), "Unanswered", shorten(s.subject(), TERM_CHARS));
        }
        JFreeChart chart = ChartFactory.createBarChart("Top unanswered subjects", null, "Times asked", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        chart.getTitle().setFont(TITLE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setOutlineVisible(false);
        if (report.unanswered().isEmpty()) {
            plot.setNoDataMessage("No unanswered questions logged");
            plot.setNoDataMessageFont(LABEL);
        }
        CategoryAxis subjects = plot.getDomainAxis();
        subjects.setTickLabelFont(LABEL);
        subjects.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis count = (NumberAxis) plot.getRangeAxis();
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        count.setLabelFont(LABEL);
        count.setTickLabelFont(TICK);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, UNANSWERED);
        bars.setMaximumBarWidth(0.08);
        subtitle(chart, "From the whole gap log, grouped by subject");
        return png(chart, WIDTH, Math.max(420, 190 + 50 * report.unanswered().size()));
    }

    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
    }

    static void subtitle(JFreeChart chart, String text) {
        chart.addSubtitle(new TextTitle(text, SUBTITLE));
    }

    static byte[] png(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** Red to green for accuracy, white to blue for the counts, grey for never. */
    private static final class ColumnScale implements PaintScale {
        @Override
        public double getLowerBound() {
            return -1;
        }

        @Override
        public double getUpperBound() {
            return 5;
        }

        @Override
        public Paint getPaint(double z) {
            if (z < 0) {
                return NEVER;
            }
            if (z <= 1) { // accuracy: red (0%) through yellow (50%) to green (100%)
                return z < 0.5 ? mix(new Color(0xE57373), new Color(0xFFF176), z * 2)
                        : mix(new Color(0xFFF176), new Color(0x81C784), (z - 0.5) * 2);
            }
            double share = z >= 4 ? z - 4 : z - 2;
            return mix(new Color(0xF3F7FC), new Color(0x64A0DC), share);
        }

        private static Color mix(Color a, Color b, double t) {
            double u = Math.max(0, Math.min(1, t));
            return new Color((int) (a.getRed() + (b.getRed() - a.getRed()) * u),
                    (int) (a.getGreen() + (b.getGreen() - a.getGreen()) * u),
                    (int) (a.getBlue() + (b.getBlue() - a.getBlue()) * u));
        }
    }
}
