package dev.glossarytutor.quiz;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/** A student's {@link LeitnerBoxes} as a small PNG bar chart (JFreeChart, headless), legible on a phone. */
public final class LeitnerChart {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 480;
    public static final String FILE_NAME = "review-boxes.png";

    private LeitnerChart() {
    }

    public static byte[] png(LeitnerBoxes boxes) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int b = 0; b < Leitner.LAST_BOX; b++) {
            data.addValue(boxes.perBox().get(b), "Terms", "Box " + (b + 1));
        }
        JFreeChart chart = ChartFactory.createBarChart("Your review boxes", null, "Terms", data,
                PlotOrientation.VERTICAL, false, false, false);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        chart.addSubtitle(new TextTitle(boxes.dueToday() + " of " + boxes.terms() + " terms due today"
                + " \u00b7 a hit moves a term up a box, a miss back to box 1",
                new Font(Font.SANS_SERIF, Font.PLAIN, 18)));
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        NumberAxis count = (NumberAxis) plot.getRangeAxis();
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        count.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        count.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        count.setUpperMargin(0.15);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x3F7FBF));
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
