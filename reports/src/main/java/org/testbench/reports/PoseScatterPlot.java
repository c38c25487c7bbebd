package org.testbench.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.testbench.reports.model.PoseScatter;
import org.testbench.standards.Result;
import org.testbench.standards.geometry.Vector3;

/**
 * The repeatability plot: for each pose, its attained positions as deviations from their
 * barycentre, in micrometres, seen in the XY plane and the XZ plane side by side, with a circle of
 * radius RPl when the results hold the pose's RPl. Two poses per row.
 *
 * <p>Every panel has the same range on both axes, and all panels share it, so a cloud's shape and
 * its size relative to the other poses read true. Layout is in points at print size (the plot is
 * made for the 180 mm text width of an A4 page) and rasterised at {@value #PIXELS_PER_POINT} pixels
 * per point; rendering hints, fonts and number formats are fixed, so the same data gives the same
 * PNG bytes.
 */
public final class PoseScatterPlot {

    /** Pixels per point of the PNG: 4 gives 288 dpi at print size. */
    static final int PIXELS_PER_POINT = 4;

    private static final double MM_PER_POINT = 25.4 / 72;
    private static final int POSES_PER_ROW = 2;
    private static final double TITLE_HEIGHT = 14;
    private static final double DATA_SIDE = 87.5;
    private static final double AXIS_LEFT = 30;
    private static final double AXIS_BOTTOM = 22;
    private static final double PAD_TOP = 4;
    private static final double PAD_RIGHT = 10;
    private static final double PANEL_WIDTH = AXIS_LEFT + DATA_SIDE + PAD_RIGHT;
    private static final double PANEL_HEIGHT = PAD_TOP + DATA_SIDE + AXIS_BOTTOM;
    private static final double MARGIN_FACTOR = 1.1;

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 9);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 7);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 6).deriveFont(6.5f);
    private static final Color POINT_COLOUR = new Color(0x1f, 0x5f, 0xa8);
    private static final Color CIRCLE_COLOUR = new Color(0xb3, 0x00, 0x1b);
    private static final Color GRID_COLOUR = new Color(0xdd, 0xdd, 0xdd);
    private static final Color AXIS_COLOUR = new Color(0x66, 0x66, 0x66);

    /** The plane a panel shows; deviations are taken from the barycentre. */
    enum Plane {
        /** Seen from above: Δx right, Δy up. */
        XY("Δx / µm", Vector3::x, "Δy / µm", Vector3::y),
        /** Seen from the side: Δx right, Δz up. */
        XZ("Δx / µm", Vector3::x, "Δz / µm", Vector3::z);

        private final String horizontalLabel;
        private final ToDoubleFunction<Vector3> horizontal;
        private final String verticalLabel;
        private final ToDoubleFunction<Vector3> vertical;

        Plane(String horizontalLabel, ToDoubleFunction<Vector3> horizontal, String verticalLabel,
              ToDoubleFunction<Vector3> vertical) {
            this.horizontalLabel = horizontalLabel;
            this.horizontal = horizontal;
            this.verticalLabel = verticalLabel;
            this.vertical = vertical;
        }
    }

    private final List<PoseScatter> scatters;
    private final Map<String, Double> rplMicrometres;
    private final double halfRange;

    private PoseScatterPlot(List<PoseScatter> scatters, Map<String, Double> rplMicrometres) {
        this.scatters = scatters;
        this.rplMicrometres = rplMicrometres;
        this.halfRange = halfRange(scatters, rplMicrometres);
    }

    /**
     * Prepares the plot of some poses.
     *
     * @param scatters the attained positions per pose, in panel order; at least one pose
     * @param results  the run's results, searched for each pose's RPl (characteristic "RPl",
     *                 subject the pose's name, unit "mm" or "µm"); a pose without one gets no circle
     * @return the plot
     * @throws IllegalArgumentException when {@code scatters} is empty
     */
    public static PoseScatterPlot of(List<PoseScatter> scatters, List<Result> results) {
        List<PoseScatter> poses = List.copyOf(Objects.requireNonNull(scatters, "scatters"));
        if (poses.isEmpty()) {
            throw new IllegalArgumentException("no poses to plot");
        }
        Map<String, Double> rpl = new LinkedHashMap<>();
        for (Result result : Objects.requireNonNull(results, "results")) {
            double micrometresPerUnit = micrometresPer(result.unit());
            if ("RPl".equals(result.characteristic()) && micrometresPerUnit > 0 && Double.isFinite(result.value())) {
                rpl.put(result.subject(), Math.abs(result.value()) * micrometresPerUnit);
            }
        }
        return new PoseScatterPlot(poses, rpl);
    }

    /** @return the width the plot is drawn for, mm */
    public double widthMm() {
        return columns() * 2 * PANEL_WIDTH * MM_PER_POINT;
    }

    /** @return the height the plot is drawn for, mm */
    public double heightMm() {
        return rows() * (TITLE_HEIGHT + PANEL_HEIGHT) * MM_PER_POINT;
    }

    /** @return the half range of every axis, µm: each axis runs from minus this to plus this */
    public double halfRangeMicrometres() {
        return halfRange;
    }

    /**
     * Renders the plot.
     *
     * @return the PNG image
     */
    public byte[] png() {
        double width = columns() * 2 * PANEL_WIDTH;
        double height = rows() * (TITLE_HEIGHT + PANEL_HEIGHT);
        BufferedImage image = new BufferedImage((int) Math.round(width * PIXELS_PER_POINT),
                (int) Math.round(height * PIXELS_PER_POINT), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHints(renderingHints());
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            g2.scale(PIXELS_PER_POINT, PIXELS_PER_POINT);
            for (int i = 0; i < scatters.size(); i++) {
                double x = (i % POSES_PER_ROW) * 2 * PANEL_WIDTH;
                double y = (i / POSES_PER_ROW) * (TITLE_HEIGHT + PANEL_HEIGHT);
                drawPose(g2, scatters.get(i), x, y);
            }
        } finally {
            g2.dispose();
        }
        return encode(image);
    }

    /**
     * Builds one panel's chart, laid out so that its data area is square when drawn into
     * {@link #panelArea}.
     *
     * @param scatter the pose
     * @param plane   the plane shown
     * @return the chart
     */
    JFreeChart panelChart(PoseScatter scatter, Plane plane) {
        XYSeries points = new XYSeries(scatter.pose() + " " + plane, false, true);
        for (Vector3 attained : scatter.attained()) {
            Vector3 deviation = attained.minus(scatter.barycentre()).times(1000);
            points.add(plane.horizontal.applyAsDouble(deviation), plane.vertical.applyAsDouble(deviation));
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-1.6, -1.6, 3.2, 3.2));
        renderer.setSeriesPaint(0, POINT_COLOUR);
        XYPlot plot = new XYPlot(new XYSeriesCollection(points), axis(plane.horizontalLabel),
                axis(plane.verticalLabel), renderer);
        Double rpl = rplMicrometres.get(scatter.pose());
        if (rpl != null) {
            plot.addAnnotation(new XYShapeAnnotation(new Ellipse2D.Double(-rpl, -rpl, 2 * rpl, 2 * rpl),
                    new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f),
                    CIRCLE_COLOUR));
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(AXIS_COLOUR);
        plot.setOutlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinePaint(GRID_COLOUR);
        plot.setRangeGridlinePaint(GRID_COLOUR);
        plot.setDomainGridlineStroke(new BasicStroke(0.3f));
        plot.setRangeGridlineStroke(new BasicStroke(0.3f));
        plot.setDomainZeroBaselineVisible(true);
        plot.setRangeZeroBaselineVisible(true);
        plot.setDomainZeroBaselinePaint(AXIS_COLOUR);
        plot.setRangeZeroBaselinePaint(AXIS_COLOUR);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(PAD_TOP, 0, 0, PAD_RIGHT));
        AxisSpace bottom = new AxisSpace();
        bottom.setBottom(AXIS_BOTTOM);
        plot.setFixedDomainAxisSpace(bottom);
        AxisSpace left = new AxisSpace();
        left.setLeft(AXIS_LEFT);
        plot.setFixedRangeAxisSpace(left);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(RectangleInsets.ZERO_INSETS);
        chart.setRenderingHints(renderingHints());
        return chart;
    }

    /** @return the area one panel is drawn into, in points, at the origin */
    static Rectangle2D panelArea() {
        return new Rectangle2D.Double(0, 0, PANEL_WIDTH, PANEL_HEIGHT);
    }

    /**
     * Picks a half range that holds every deviation and circle with a margin and is a round number
     * (1, 2 or 5 times a power of ten), so the ticks at half steps are round too.
     */
    static double halfRange(List<PoseScatter> scatters, Map<String, Double> rplMicrometres) {
        double largest = 0;
        for (PoseScatter scatter : scatters) {
            for (Vector3 attained : scatter.attained()) {
                Vector3 deviation = attained.minus(scatter.barycentre()).times(1000);
                largest = Math.max(largest, Math.max(Math.abs(deviation.x()),
                        Math.max(Math.abs(deviation.y()), Math.abs(deviation.z()))));
            }
            largest = Math.max(largest, rplMicrometres.getOrDefault(scatter.pose(), 0.0));
        }
        double needed = largest * MARGIN_FACTOR;
        if (!(needed > 0) || !Double.isFinite(needed)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(needed)));
        for (double step : new double[] {1, 2, 5}) {
            if (step * power >= needed) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private void drawPose(Graphics2D g2, PoseScatter scatter, double x, double y) {
        g2.setFont(TITLE_FONT);
        g2.setColor(Color.BLACK);
        FontMetrics metrics = g2.getFontMetrics();
        float titleX = (float) (x + PANEL_WIDTH - metrics.stringWidth(scatter.pose()) / 2.0);
        g2.drawString(scatter.pose(), titleX, (float) (y + TITLE_HEIGHT - 3));
        double top = y + TITLE_HEIGHT;
        panelChart(scatter, Plane.XY).draw(g2, new Rectangle2D.Double(x, top, PANEL_WIDTH, PANEL_HEIGHT));
        panelChart(scatter, Plane.XZ).draw(g2,
                new Rectangle2D.Double(x + PANEL_WIDTH, top, PANEL_WIDTH, PANEL_HEIGHT));
    }

    private NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(-halfRange, halfRange);
        axis.setTickUnit(new NumberTickUnit(halfRange / 2));
        axis.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(AXIS_COLOUR);
        axis.setTickMarkPaint(AXIS_COLOUR);
        axis.setTickMarkOutsideLength(2);
        axis.setLabelInsets(new RectangleInsets(1, 1, 1, 1));
        // Wider gaps towards the data area keep the two "-R" labels in the lower left corner apart.
        axis.setTickLabelInsets(new RectangleInsets(2.5, 1, 1, 2));
        return axis;
    }

    private int columns() {
        return Math.min(POSES_PER_ROW, scatters.size());
    }

    private int rows() {
        return (scatters.size() + POSES_PER_ROW - 1) / POSES_PER_ROW;
    }

    private static double micrometresPer(String unit) {
        return switch (unit) {
            case "mm" -> 1000;
            case "µm", "um" -> 1;
            default -> 0;
        };
    }

    private static RenderingHints renderingHints() {
        RenderingHints hints = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        hints.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        hints.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return hints;
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IllegalStateException("no PNG writer in this Java runtime (javax.imageio)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the pose scatter plot as PNG", e);
        }
        return png.toByteArray();
    }
}
