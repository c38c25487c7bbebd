package org.testbench.run.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.procedures.execution.RunState;
import org.testbench.rigs.sim.reducer.ReducerModel;
import org.testbench.rigs.sim.reducer.TransmissionHarmonic;
import org.testbench.standards.Result;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.reducer.Reducers;

/**
 * Known answer of reducer-transmission-error over Modbus: the simulated reducer's transmission
 * error harmonics (output orders 1 and 2, the wave generator's twice-per-input-turn) must come back
 * as its transmission accuracy and spectrum.
 *
 * <p>Tolerances. The output encoder's noise (0.0083 arcmin per reading, four readings averaged
 * per step) widens max e - min e over 1800 steps by about 1 % on average and by 3 % at most in
 * simulation of the same sampling; ±5 % covers it. The spectrum's amplitudes carry noise of
 * about 0.0002 arcmin; the measured output angles are not an exact grid, so the spectrum
 * interpolates, which flattens order k by (k Δφ)² / 12: nothing at orders 1 and 2 (±5 %), 4 % at
 * order 200 with 0.2° steps (±10 %).
 */
class ReducerTransmissionErrorIT {

    @TempDir
    static Path runs;

    private static SimulatedReducerRun run;

    @BeforeAll
    static void runTheProcedure() throws Exception {
        // Time scale 10: one 5 ms tick is 50 ms simulated, so the readings 50 ms apart are fresh.
        run = SimulatedReducerRun.of(runs, "reducer-transmission-error", 10, 7, Map.of());
    }

    @Test
    void transmissionAccuracyAndTheDominantHarmonicAreMeasuredBack() {
        assertThat(run.summary().state()).as(run.summary().message()).isEqualTo(RunState.COMPLETED);
        ReducerModel model = run.model();
        double expected = model.expectedTransmissionAccuracyArcmin();
        assertThat(run.result(Reducers.TRANSMISSION_ACCURACY).value()).isCloseTo(expected, within(0.05 * expected));
        TransmissionHarmonic dominant = model.expectedDominantHarmonic().orElseThrow();
        Result order = run.result("dominant-harmonic-order");
        assertThat(order.value()).isEqualTo(dominant.cyclesPerOutputRevolution(model.params().ratio()));
        assertThat(run.result("dominant-harmonic-amplitude").value()).isCloseTo(dominant.amplitudeArcmin(),
                within(0.05 * dominant.amplitudeArcmin()));
    }

    @Test
    void theFiguresAreTheErrorOverOneRevolutionAndItsSpectrum() {
        Series curve = run.figure("transmission-error-te").series().get(0);
        assertThat(curve.style()).isEqualTo(Series.Style.LINE);
        // 1800 steps and the one closing the turn, which belongs to it when its error puts it short of 360°.
        assertThat(curve.size()).isBetween(1800, 1801);
        assertThat(curve.x()[0]).isCloseTo(0, within(1e-9));
        assertThat(curve.x()[1799]).isCloseTo(359.8, within(0.01));
        double span = Arrays.stream(curve.y()).max().orElseThrow() - Arrays.stream(curve.y()).min().orElseThrow();
        assertThat(span).isEqualTo(run.result(Reducers.TRANSMISSION_ACCURACY).value());

        Figure spectrum = run.figure("transmission-error-spectrum-te");
        Series bars = spectrum.series().get(0);
        assertThat(bars.style()).isEqualTo(Series.Style.BARS);
        // Output orders 1..10, then the input's orders 1 and 2 at 100 and 200 cycles per output turn.
        assertThat(bars.x()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 200);
        double ratio = run.model().params().ratio();
        for (TransmissionHarmonic h : run.model().params().harmonics()) {
            double at = h.cyclesPerOutputRevolution(ratio);
            int i = Arrays.binarySearch(bars.x(), at);
            double tolerance = (at > 10 ? 0.10 : 0.05) * h.amplitudeArcmin();
            assertThat(bars.y()[i]).as("order " + at).isCloseTo(h.amplitudeArcmin(), within(tolerance));
        }
        assertThat(bars.y()[2]).as("order 3 is not in the error").isLessThan(0.005);
    }
}
