package org.testbench.procedures.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.PoseRepeatability;

/**
 * The figures behind ISO 9283 pose repeatability: for each pose, its attained positions as
 * deviations from their barycentre, in micrometres, seen in the XY plane and in the XZ plane, with
 * the circle of radius RPl about the barycentre. A reader sees the cloud's shape and how it sits in
 * the RPl the report states.
 *
 * <p>Both axes of a view share one scale (a circle stays a circle), and every view of every pose
 * spans the same ±range, a round number that holds every deviation and circle with a margin, so the
 * poses compare at a glance. A pose with one attained position has no RPl and is drawn without a circle.
 */
public final class PoseScatterFigures {

    /** Room around the largest deviation or circle, so no point sits on the frame. */
    private static final double MARGIN = 1.1;
    private static final int CIRCLE_POINTS = 96;
    private static final double MICROMETRES_PER_MM = 1000;

    /** A plane the positions are seen in. */
    private enum View {
        XY("XY", "Δy", Vector3::y),
        XZ("XZ", "Δz", Vector3::z);

        private final String plane;
        private final String verticalLabel;
        private final ToDoubleFunction<Vector3> vertical;

        View(String plane, String verticalLabel, ToDoubleFunction<Vector3> vertical) {
            this.plane = plane;
            this.verticalLabel = verticalLabel;
            this.vertical = vertical;
        }
    }

    /** One pose's deviations from its barycentre, µm, and its RPl, µm (NaN with one position). */
    private record Scatter(String pose, List<Vector3> deviations, double rpl) {
    }

    private PoseScatterFigures() {
    }

    /**
     * @param attained attained poses per pose name, in report order; poses without any are left out
     * @return two figures per pose, its XY view then its XZ view
     */
    public static List<Figure> of(Map<String, List<Pose>> attained) {
        List<Scatter> scatters = new ArrayList<>();
        attained.forEach((pose, poses) -> {
            if (!poses.isEmpty()) {
                scatters.add(scatter(pose, poses));
            }
        });
        Figure.Range range = range(halfRange(scatters));
        List<Figure> figures = new ArrayList<>();
        for (Scatter scatter : scatters) {
            for (View view : View.values()) {
                figures.add(figure(scatter, view, range));
            }
        }
        return List.copyOf(figures);
    }

    /**
     * @param scatters the poses
     * @return a half range, µm, that holds every deviation and circle with a margin and is 1, 2 or 5
     *     times a power of ten, so that ticks land on round numbers
     */
    private static double halfRange(List<Scatter> scatters) {
        double largest = 0;
        for (Scatter scatter : scatters) {
            for (Vector3 d : scatter.deviations()) {
                largest = Math.max(largest, Math.max(Math.abs(d.x()), Math.max(Math.abs(d.y()), Math.abs(d.z()))));
            }
            if (!Double.isNaN(scatter.rpl())) {
                largest = Math.max(largest, scatter.rpl());
            }
        }
        double needed = largest * MARGIN;
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

    private static Figure.Range range(double half) {
        return new Figure.Range(-half, half);
    }

    private static Scatter scatter(String pose, List<Pose> poses) {
        Vector3 barycentre;
        double rpl;
        if (poses.size() >= 2) {
            PoseRepeatability repeatability = PoseRepeatability.of(poses);
            barycentre = repeatability.barycentre();
            rpl = repeatability.rpL() * MICROMETRES_PER_MM;
        } else {
            barycentre = poses.get(0).position();
            rpl = Double.NaN;
        }
        List<Vector3> deviations = poses.stream()
                .map(p -> p.position().minus(barycentre).times(MICROMETRES_PER_MM)).toList();
        return new Scatter(pose, deviations, rpl);
    }

    private static Figure figure(Scatter scatter, View view, Figure.Range range) {
        int n = scatter.deviations().size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = scatter.deviations().get(i).x();
            y[i] = view.vertical.applyAsDouble(scatter.deviations().get(i));
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series("attained positions (" + n + ")", Series.Style.POINTS, x, y));
        String circle = "";
        if (!Double.isNaN(scatter.rpl())) {
            series.add(circle(scatter.rpl()));
            circle = "; circle: radius RPl about the barycentre";
        }
        String half = BigDecimal.valueOf(range.to()).stripTrailingZeros().toPlainString();
        return new Figure("pose-scatter-" + scatter.pose() + "-" + view.plane.toLowerCase(Locale.ROOT),
                scatter.pose() + ": attained positions around their barycentre, " + view.plane + " plane",
                new Figure.Axis("Δx", "µm", range), new Figure.Axis(view.verticalLabel, "µm", range), series,
                "Deviations of the " + n + " attained positions of " + scatter.pose() + " from their barycentre in the "
                        + view.plane + " plane" + circle + ". Every pose's views share one scale (±" + half + " µm).",
                true);
    }

    private static Series circle(double radius) {
        double[] x = new double[CIRCLE_POINTS + 1];
        double[] y = new double[CIRCLE_POINTS + 1];
        for (int i = 0; i <= CIRCLE_POINTS; i++) {
            double angle = 2 * Math.PI * i / CIRCLE_POINTS;
            x[i] = radius * Math.cos(angle);
            y[i] = radius * Math.sin(angle);
        }
        return new Series(String.format(Locale.ROOT, "RPl = %.1f µm", radius), Series.Style.LINE, x, y);
    }
}
