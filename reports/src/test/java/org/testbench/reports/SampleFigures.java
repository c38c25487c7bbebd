package org.testbench.reports;

import java.util.ArrayList;
import java.util.List;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;

/**
 * Figures like those the reducer analyses supply, from closed-form curves, one of each kind the
 * renderer must draw: points with a line over them, a line alone, bars, several lines, a trend with
 * its measurements, and a same-scale scatter with a circle.
 */
final class SampleFigures {

    static final String HYSTERESIS_TITLE = "Hysteresis loop with the fitted three-segment stiffness";
    static final String HYSTERESIS_CAPTION = "Output twist against output torque, input locked; line: K1, K2, K3 fitted"
            + " by least squares on the loading branches.";
    static final String SPECTRUM_CAPTION = "Amplitude of the transmission error per harmonic of the output turn.";

    private SampleFigures() {
    }

    /** @return the five reducer figures and one same-scale scatter, in report order */
    static List<Figure> all() {
        return List.of(hysteresis(), transmissionError(), spectrum(), efficiencyMap(), lifetime(), scatter());
    }

    /** Loading 0 -> 50 -> 0 -> -50 -> 0 Nm; twist T / 2 Nm/arcmin plus 0.5 arcmin of play, hysteresis 0.3. */
    static Figure hysteresis() {
        List<double[]> points = new ArrayList<>();
        double[][] legs = {{0, 50}, {50, -50}, {-50, 0}};
        for (double[] leg : legs) {
            for (int i = 0; i <= 40; i++) {
                double torque = leg[0] + (leg[1] - leg[0]) * i / 40;
                double branch = leg[1] > leg[0] ? -0.15 : 0.15;
                points.add(new double[] {torque, torque / 2 + Math.signum(torque) * 0.25 + branch});
            }
        }
        double[] torque = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] twist = points.stream().mapToDouble(p -> p[1]).toArray();
        Series measured = new Series("measured", Series.Style.POINTS, torque, twist);
        Series fit = new Series("K1..K3 fit", Series.Style.LINE, new double[] {-50, -10, 0, 10, 50},
                new double[] {-25.25, -5.25, 0, 5.25, 25.25});
        return new Figure("hysteresis-loop", HYSTERESIS_TITLE, new Figure.Axis("output torque", "Nm"),
                new Figure.Axis("output twist", "arcmin"), List.of(measured, fit), HYSTERESIS_CAPTION);
    }

    /** e(φ) = 20 sin φ + 8 sin(2φ + 0.5) arcsec over one output turn. */
    static Figure transmissionError() {
        int n = 361;
        double[] angle = new double[n];
        double[] error = new double[n];
        for (int i = 0; i < n; i++) {
            double phi = Math.toRadians(i);
            angle[i] = i;
            error[i] = 20 * Math.sin(phi) + 8 * Math.sin(2 * phi + 0.5);
        }
        return new Figure("transmission-error", "Transmission error over one output turn",
                new Figure.Axis("output angle", "deg"), new Figure.Axis("transmission error", "arcsec"),
                List.of(new Series("e(φ)", Series.Style.LINE, angle, error)),
                "Transmission accuracy = max e - min e over the turn, input driven without reversal.");
    }

    /** The harmonics of {@link #transmissionError()}: 20 and 8 arcsec at orders 1 and 2, nothing else. */
    static Figure spectrum() {
        double[] order = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] amplitude = {20, 8, 0, 0, 0, 0, 0, 0};
        return new Figure("transmission-error-spectrum", "Spectrum of the transmission error",
                new Figure.Axis("harmonic order", ""), new Figure.Axis("amplitude", "arcsec"),
                List.of(new Series("amplitude", Series.Style.BARS, order, amplitude)), SPECTRUM_CAPTION);
    }

    /** η = 0.9 - 0.02 n / 1000 rpm - 2 Nm / T at three load torques. */
    static Figure efficiencyMap() {
        List<Series> lines = new ArrayList<>();
        double[] speed = {500, 1000, 1500, 2000, 2500, 3000};
        for (double load : new double[] {25, 50, 75}) {
            double[] efficiency = new double[speed.length];
            for (int i = 0; i < speed.length; i++) {
                efficiency[i] = 100 * (0.9 - 0.02 * speed[i] / 1000 - 2 / load);
            }
            lines.add(new Series((int) load + " Nm", Series.Style.LINE, speed, efficiency));
        }
        return new Figure("efficiency-map", "Efficiency over input speed per load torque",
                new Figure.Axis("input speed", "rpm"), new Figure.Axis("efficiency", "%"), lines,
                "One line per output torque; η = T_out ω_out / (T_in ω_in) at housing temperature 40 °C.");
    }

    /** Lost motion growing 0.1 arcmin per 1000 h from 0.6 arcmin, re-measured every 100 h. */
    static Figure lifetime() {
        double[] hours = new double[11];
        double[] measured = new double[11];
        for (int i = 0; i <= 10; i++) {
            hours[i] = 100 * i;
            measured[i] = 0.6 + 0.0001 * hours[i] + (i % 2 == 0 ? 0.01 : -0.01);
        }
        return new Figure("lifetime-lost-motion", "Lost motion during the accelerated life test",
                new Figure.Axis("running time", "h"), new Figure.Axis("lost motion", "arcmin"),
                List.of(new Series("trend", Series.Style.LINE, new double[] {0, 1000}, new double[] {0.6, 0.7}),
                        new Series("re-measured", Series.Style.POINTS, hours, measured)),
                "Lost motion at ±3 % of rated torque, re-measured every 100 h of the duty cycle.");
    }

    /** Eight positions on a 20 µm ring about the barycentre and the 30 µm RPl circle, on ±50 µm axes. */
    static Figure scatter() {
        double[] dx = new double[8];
        double[] dy = new double[8];
        for (int i = 0; i < 8; i++) {
            dx[i] = 20 * Math.cos(i * Math.PI / 4);
            dy[i] = 20 * Math.sin(i * Math.PI / 4);
        }
        double[] cx = new double[73];
        double[] cy = new double[73];
        for (int i = 0; i <= 72; i++) {
            cx[i] = 30 * Math.cos(i * Math.PI / 36);
            cy[i] = 30 * Math.sin(i * Math.PI / 36);
        }
        Figure.Range range = new Figure.Range(-50, 50);
        return new Figure("pose-P1-xy", "P1: attained positions, XY plane", new Figure.Axis("Δx", "µm", range),
                new Figure.Axis("Δy", "µm", range), List.of(new Series("attained positions", Series.Style.POINTS, dx, dy),
                        new Series("RPl = 30.0 µm", Series.Style.LINE, cx, cy)),
                "Deviations from the barycentre.", true);
    }
}
