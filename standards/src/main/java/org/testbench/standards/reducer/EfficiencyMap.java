package org.testbench.standards.reducer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Efficiency measured over a grid of operating points: input speed x output torque, at one or
 * more housing temperatures. Read a measured point, the lowest efficiency (what an "at least"
 * limit judges), or a bilinear interpolation between the four measured points round a speed and
 * torque at one measured temperature.
 *
 * @param points the measured points, ordered by temperature, speed, torque
 */
public record EfficiencyMap(List<Point> points) {

    /**
     * One measured operating point.
     *
     * @param inputSpeedRpm     input speed, rpm
     * @param outputTorqueNm    output (load) torque, Nm
     * @param temperatureDegC   housing temperature, degC
     * @param efficiencyPercent η there, %
     */
    public record Point(double inputSpeedRpm, double outputTorqueNm, double temperatureDegC, double efficiencyPercent) {

        /** Refuses a value that is not a finite number. */
        public Point {
            if (!Double.isFinite(inputSpeedRpm) || !Double.isFinite(outputTorqueNm) || !Double.isFinite(temperatureDegC)
                    || !Double.isFinite(efficiencyPercent)) {
                throw new IllegalArgumentException("efficiency map: a point's speed, torque, temperature and efficiency"
                        + " must be finite numbers");
            }
        }

        /**
         * @param efficiency      the efficiency measured at the point
         * @param inputSpeedRpm   input speed, rpm
         * @param outputTorqueNm  output torque, Nm
         * @param temperatureDegC housing temperature, degC
         * @return the point
         */
        public static Point of(Efficiency efficiency, double inputSpeedRpm, double outputTorqueNm,
                               double temperatureDegC) {
            return new Point(inputSpeedRpm, outputTorqueNm, temperatureDegC, efficiency.percent());
        }
    }

    private static final Comparator<Point> ORDER = Comparator.comparingDouble(Point::temperatureDegC)
            .thenComparingDouble(Point::inputSpeedRpm).thenComparingDouble(Point::outputTorqueNm);

    /**
     * Orders the points and refuses an empty map or one point measured twice.
     */
    public EfficiencyMap {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("efficiency map: no points");
        }
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(ORDER);
        for (int i = 1; i < sorted.size(); i++) {
            if (ORDER.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
                Point p = sorted.get(i);
                throw new IllegalArgumentException(String.format(Locale.ROOT, "efficiency map: the point %.4g rpm,"
                        + " %.4g Nm, %.4g degC is given twice", p.inputSpeedRpm(), p.outputTorqueNm(), p.temperatureDegC()));
            }
        }
        points = List.copyOf(sorted);
    }

    /** @return the measured input speeds, ascending, rpm */
    public List<Double> speeds() {
        return distinct(Point::inputSpeedRpm);
    }

    /** @return the measured output torques, ascending, Nm */
    public List<Double> torques() {
        return distinct(Point::outputTorqueNm);
    }

    /** @return the measured temperatures, ascending, degC */
    public List<Double> temperatures() {
        return distinct(Point::temperatureDegC);
    }

    /** @return the point of lowest efficiency */
    public Point lowest() {
        return points.stream().min(Comparator.comparingDouble(Point::efficiencyPercent)).orElseThrow();
    }

    /**
     * @param speedRpm     a measured input speed, rpm
     * @param torqueNm     a measured output torque, Nm
     * @param temperatureC a measured temperature, degC
     * @return the efficiency measured there, %
     * @throws IllegalArgumentException when that point was not measured
     */
    public double efficiencyAt(double speedRpm, double torqueNm, double temperatureC) {
        for (Point p : points) {
            if (p.inputSpeedRpm() == speedRpm && p.outputTorqueNm() == torqueNm && p.temperatureDegC() == temperatureC) {
                return p.efficiencyPercent();
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "efficiency map: no point at %.4g rpm, %.4g Nm,"
                + " %.4g degC", speedRpm, torqueNm, temperatureC));
    }

    /**
     * @param speedRpm     an input speed within the measured speeds, rpm
     * @param torqueNm     an output torque within the measured torques, Nm
     * @param temperatureC a measured temperature, degC
     * @return the efficiency interpolated bilinearly between the four measured points round it, %
     * @throws IllegalArgumentException when the speed or torque lies outside the grid, or a corner
     *                                  point was not measured at that temperature
     */
    public double interpolate(double speedRpm, double torqueNm, double temperatureC) {
        double[] s = bracket(speeds(), speedRpm, "speed", "rpm");
        double[] t = bracket(torques(), torqueNm, "torque", "Nm");
        double u = s[1] == s[0] ? 0 : (speedRpm - s[0]) / (s[1] - s[0]);
        double v = t[1] == t[0] ? 0 : (torqueNm - t[0]) / (t[1] - t[0]);
        return (1 - u) * (1 - v) * efficiencyAt(s[0], t[0], temperatureC)
                + u * (1 - v) * efficiencyAt(s[1], t[0], temperatureC)
                + (1 - u) * v * efficiencyAt(s[0], t[1], temperatureC)
                + u * v * efficiencyAt(s[1], t[1], temperatureC);
    }

    private static double[] bracket(List<Double> axis, double x, String what, String unit) {
        for (int i = 0; i < axis.size(); i++) {
            if (axis.get(i) == x) {
                return new double[] {x, x};
            }
            if (i > 0 && axis.get(i - 1) < x && x < axis.get(i)) {
                return new double[] {axis.get(i - 1), axis.get(i)};
            }
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT, "efficiency map: %s %.4g %s lies outside the"
                + " measured %s %s", what, x, unit, axis, unit));
    }

    private List<Double> distinct(ToDoubleFunction<Point> axis) {
        TreeSet<Double> values = new TreeSet<>();
        points.forEach(p -> values.add(axis.applyAsDouble(p)));
        return List.copyOf(values);
    }
}
