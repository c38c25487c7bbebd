package org.testbench.procedures.analysis.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.procedures.Procedure;
import org.testbench.standards.Result;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.reducer.Reducers;

/**
 * {@code transmission-error} over one output revolution of a ratio-100 reducer in 400 steps of
 * 0.9°, e(φ) = 0.2 cos φ + 0.05 sin(100 φ) arcmin: the input harmonic's sine is 0, 1, 0, -1 at
 * the steps, so e peaks at the first step, 0.2 cos 0.9° + 0.05, and bottoms symmetrically at step
 * 199: the accuracy is 0.4 cos 0.9° + 0.1. Each step is read twice, the output encoder off by
 * +0.01 and -0.01 arcmin, which the average per step cancels and the single readings do not.
 */
class TransmissionErrorAnalysisTest {

    private static final int STEPS = 400;
    private static final double NOISE = 0.01;

    private static RecordedRun revolution() {
        RecordedRun run = new RecordedRun();
        // One step more than the revolution: the last closes it, as reducer-transmission-error does.
        for (int k = 0; k <= STEPS; k++) {
            double phi = 360.0 * k / STEPS;
            double error = 0.2 * Math.cos(Math.toRadians(phi)) + 0.05 * Math.sin(Math.toRadians(100 * phi));
            double input = 100 * phi;
            for (double noise : new double[] {NOISE, -NOISE}) {
                run.reading("te", "point=" + (k + 1), "input.angle", input, "output.angle", phi + (error + noise) / 60);
            }
        }
        return run;
    }

    private static Procedure procedure(String per) throws Exception {
        return RecordedRun.procedure("  - transmission-error: {series: te, input: input.angle, output: output.angle,"
                + " ratio: $dut.ratio" + per + ", output-orders: 10, input-orders: 1}", "");
    }

    @Test
    void accuracyFromTheStepsAveragedAndTheDominantHarmonic() throws Exception {
        List<Result> results = revolution().results(procedure(", per: point"), RecordedRun.plainDut());
        double expected = 0.4 * Math.cos(Math.toRadians(0.9)) + 0.1;
        assertThat(RecordedRun.only(results, Reducers.TRANSMISSION_ACCURACY).value()).isCloseTo(expected, within(1e-9));
        assertThat(RecordedRun.only(results, "dominant-harmonic-order").value()).isEqualTo(1);
        assertThat(RecordedRun.only(results, "dominant-harmonic-order").unit()).isEqualTo("1/rev");
        assertThat(RecordedRun.only(results, "dominant-harmonic-amplitude").value()).isCloseTo(0.2, within(1e-3));
        assertThat(RecordedRun.only(results, Reducers.TRANSMISSION_ACCURACY).subject()).isEqualTo("one output revolution");
    }

    @Test
    void withoutPerEveryReadingIsAPointAndTheNoiseWidensTheSpan() throws Exception {
        List<Result> results = revolution().results(procedure(""), RecordedRun.plainDut());
        double expected = 0.4 * Math.cos(Math.toRadians(0.9)) + 0.1 + 2 * NOISE;
        assertThat(RecordedRun.only(results, Reducers.TRANSMISSION_ACCURACY).value()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void theFiguresAreTheErrorCurveAndTheSpectrumAsBars() throws Exception {
        List<Figure> figures = revolution().figures(procedure(", per: point"), RecordedRun.plainDut());
        assertThat(figures).extracting(Figure::id).containsExactly("transmission-error-te",
                "transmission-error-spectrum-te");
        Series curve = figures.get(0).series().get(0);
        assertThat(curve.style()).isEqualTo(Series.Style.LINE);
        assertThat(curve.size()).isEqualTo(STEPS);
        assertThat(curve.x()[1]).isCloseTo(0.9 + (0.05 - 0.0) / 60 - 0.2 * (1 - Math.cos(Math.toRadians(0.9))) / 60,
                within(1e-9));
        assertThat(curve.y()[0]).isCloseTo(0.2, within(1e-9));
        Series bars = figures.get(1).series().get(0);
        assertThat(bars.style()).isEqualTo(Series.Style.BARS);
        assertThat(bars.x()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100);
        assertThat(bars.y()[0]).isCloseTo(0.2, within(1e-3));
        assertThat(bars.y()[1]).isLessThan(1e-3);
    }

    @Test
    void aSpectrumAboveTheStepsNyquistOrderFailsTheAnalysisSayingWhy() throws Exception {
        Procedure p = RecordedRun.procedure("  - transmission-error: {series: te, input: input.angle,"
                + " output: output.angle, ratio: $dut.ratio, per: point, input-orders: 2}", "");
        assertThatThrownBy(() -> revolution().results(p, RecordedRun.plainDut()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order 200.0 needs more than 400 samples per output revolution, got 400");
    }
}
