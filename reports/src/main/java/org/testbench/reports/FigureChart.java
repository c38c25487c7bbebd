package org.testbench.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;

/**
 * Draws one {@link Figure} with JFreeChart: axes labelled "quantity / unit", a legend, each series
 * as a line, unjoined points or bars from zero. The very same drawing goes to a PNG for the HTML
 * report and to vector graphics in the PDF ({@link PdfFigureDrawer}), so both show the same plot.
 *
 * <p>The layout is in points at print size: a figure spans the text width of an A4 page, or half of
 * it for a same-scale figure, so that the pair of views of one pose sits side by side. Fonts come
 * from files ({@link ReportFonts}), numbers are printed without the default locale, and rendering
 * hints are fixed, so the same figure always gives the same bytes.
 */
final class FigureChart {

    /**
     * Pixels per point of the PNG: 2 gives 144 dpi at print size, sharp on a screen; print takes the
     * PDF's vector figures. More would mostly cost time:
     * drawing and encoding ten figures' PNGs is most of what an HTML report takes.
     */
    static final int PIXELS_PER_POINT = 2;

    private static final double POINTS_PER_MM = 72 / 25.4;
    private static final double FULL_WIDTH_MM = 180;
    private static final double FULL_HEIGHT_MM = 90;
    private static final double HALF_WIDTH_MM = 88;
    private static final double HALF_HEIGHT_MM = 92;

    private static final float LABEL_SIZE = 7.5f;
    private static final float TICK_SIZE = 6.5f;
    private static final float LEGEND_SIZE = 7f;
    private static final double POINT_DIAMETER = 2.6;
    private static final int SCALE_PASSES = 2;

    /** Colours a reader tells apart, also in grey print: blue, red, green, orange, purple, teal, grey, brown. */
    private static final List<Color> PALETTE = List.of(new Color(0x1f5fa8), new Color(0xb3001b),
            new Color(0x1b7a3a), new Color(0xa85d00), new Color(0x6a3d9a), new Color(0x00838f), new Color(0x555555),
            new Color(0x8c564b));
    private static final Color GRID = new Color(0xdddddd);
    private static final Color FRAME = new Color(0x666666);

    static {
        // JFreeChart draws rotated text (the vertical axis's label) as glyph outlines through TextLayout,
        // a workaround for Java 1.4-era bugs; plain drawString lets the PDF hold it as searchable text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private final Figure figure;

    /** @param figure the figure to draw */
    FigureChart(Figure figure) {
        this.figure = figure;
    }

    /** @return whether the figure takes half the text width (a same-scale picture of a plane) */
    boolean half() {
        return figure.sameScale();
    }

    /** @return the width it is drawn for, mm */
    double widthMm() {
        return half() ? HALF_WIDTH_MM : FULL_WIDTH_MM;
    }

    /** @return the height it is drawn for, mm */
    double heightMm() {
        return half() ? HALF_HEIGHT_MM : FULL_HEIGHT_MM;
    }

    /** @return the area it is drawn into, in points, at the origin */
    Rectangle2D area() {
        return new Rectangle2D.Double(0, 0, widthMm() * POINTS_PER_MM, heightMm() * POINTS_PER_MM);
    }

    /**
     * Draws the figure into {@link #area()}; the caller scales the graphics to the page.
     *
     * @param g2 where to draw, in points
     */
    void draw(Graphics2D g2) {
        chart().draw(g2, area());
    }

    /** @return the figure as a PNG image at {@value #PIXELS_PER_POINT} pixels per point */
    byte[] png() {
        Rectangle2D area = area();
        BufferedImage image = new BufferedImage((int) Math.round(area.getWidth() * PIXELS_PER_POINT),
                (int) Math.round(area.getHeight() * PIXELS_PER_POINT), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHints(renderingHints());
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            g2.scale(PIXELS_PER_POINT, PIXELS_PER_POINT);
            draw(g2);
        } finally {
            g2.dispose();
        }
        return PngEncoder.encode(image);
    }

    /** @return the chart, laid out: for a same-scale figure, its ranges already widened to one scale */
    JFreeChart chart() {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(axis(figure.x(), countsAlongX()));
        plot.setRangeAxis(axis(figure.y(), false));
        List<Series> series = figure.series();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XYSeries data = new XYSeries(s.name(), false, true);
            double[] x = s.x();
            double[] y = s.y();
            for (int k = 0; k < x.length; k++) {
                data.add(x[k], y[k]);
            }
            plot.setDataset(i, new XYSeriesCollection(data));
            plot.setRenderer(i, renderer(s.style(), i));
        }
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(FRAME);
        plot.setOutlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.3f));
        plot.setRangeGridlineStroke(new BasicStroke(0.3f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(4, 2, 2, 8));
        plot.setNoDataMessageFont(ReportFonts.figureFont(LABEL_SIZE));

        JFreeChart chart = new JFreeChart(null, null, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(2, 2, 2, 2));
        chart.setRenderingHints(renderingHints());
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ReportFonts.figureFont(LEGEND_SIZE));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setItemLabelPadding(new RectangleInsets(1, 2, 1, 6));
        if (figure.sameScale()) {
            oneScale(chart);
        }
        return chart;
    }

    /**
     * Widens one axis's range about its centre until a unit is as long on both axes. The data area
     * is only known once the axes are laid out, and its tick labels change with the range, so it is
     * laid out on a scratch image, twice.
     */
    private void oneScale(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = scratch.createGraphics();
        try {
            g2.setRenderingHints(renderingHints());
            for (int pass = 0; pass < SCALE_PASSES; pass++) {
                ChartRenderingInfo info = new ChartRenderingInfo();
                chart.draw(g2, area(), info);
                Rectangle2D data = info.getPlotInfo().getDataArea();
                Range x = plot.getDomainAxis().getRange();
                Range y = plot.getRangeAxis().getRange();
                double unitsPerPoint = Math.max(x.getLength() / data.getWidth(), y.getLength() / data.getHeight());
                plot.getDomainAxis().setRange(centred(x, unitsPerPoint * data.getWidth()));
                plot.getRangeAxis().setRange(centred(y, unitsPerPoint * data.getHeight()));
            }
        } finally {
            g2.dispose();
        }
    }

    private static Range centred(Range range, double length) {
        return new Range(range.getCentralValue() - length / 2, range.getCentralValue() + length / 2);
    }

    /** @return whether bars stand at whole numbers only (harmonic orders): then x has whole ticks */
    private boolean countsAlongX() {
        List<Series> bars = figure.series().stream().filter(s -> s.style() == Series.Style.BARS).toList();
        return !bars.isEmpty() && bars.stream().allMatch(s -> Arrays.stream(s.x()).allMatch(v -> v == Math.rint(v)));
    }

    private static NumberAxis axis(Figure.Axis axis, boolean wholeTicks) {
        NumberAxis a = new NumberAxis(axis.unit().isEmpty() ? axis.label() : axis.label() + " / " + axis.unit());
        a.setStandardTickUnits(new NumberTickUnitSource(wholeTicks, new TickFormat()));
        a.setAutoRangeIncludesZero(false);
        if (axis.range() != null) {
            a.setRange(axis.range().from(), axis.range().to());
        }
        a.setLabelFont(ReportFonts.figureFont(LABEL_SIZE));
        a.setTickLabelFont(ReportFonts.figureFont(TICK_SIZE));
        a.setLabelPaint(Color.BLACK);
        a.setTickLabelPaint(Color.BLACK);
        a.setAxisLinePaint(FRAME);
        a.setTickMarkPaint(FRAME);
        a.setTickMarkOutsideLength(2);
        a.setLabelInsets(new RectangleInsets(2, 2, 2, 2));
        return a;
    }

    private static XYItemRenderer renderer(Series.Style style, int index) {
        Color colour = PALETTE.get(index % PALETTE.size());
        if (style == Series.Style.BARS) {
            XYBarRenderer bars = new XYBarRenderer(0.3);
            bars.setBarPainter(new StandardXYBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
            bars.setSeriesPaint(0, colour);
            return bars;
        }
        boolean line = style == Series.Style.LINE;
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(line, !line);
        renderer.setSeriesPaint(0, colour);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-POINT_DIAMETER / 2, -POINT_DIAMETER / 2, POINT_DIAMETER,
                POINT_DIAMETER));
        renderer.setSeriesStroke(0, stroke(index));
        renderer.setLegendLine(new Line2D.Double(-7, 0, 7, 0));
        return renderer;
    }

    /** Solid lines for the first palette round; further series repeat the colours dashed. */
    private static BasicStroke stroke(int index) {
        if (index < PALETTE.size()) {
            return new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 2f}, 0f);
    }

    private static RenderingHints renderingHints() {
        RenderingHints hints = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        hints.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        hints.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return hints;
    }
}
