package org.testbench.run.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.procedures.execution.RunState;
import org.testbench.rigs.sim.reducer.ReducerModel;
import org.testbench.standards.Verdict;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.reducer.Reducers;

/**
 * Known answer of reducer-hysteresis over Modbus: the simulated harmonic reducer's lost motion,
 * hysteresis loss and K1..K3 (its params) must be measured back through the rig.
 *
 * <p>Tolerances. The output encoder's noise is 0.5 arcsec = 0.0083 arcmin per reading. Lost motion
 * is a difference of two midlines, each the mean of two sweeps read from about two readings at
 * ±t: its noise is about 0.006 arcmin, and ±0.05 arcmin is over 8 of it. Hysteresis loss is read
 * the same way at zero torque. K1 is fitted to 12 set points per branch between t = 1.5 Nm and
 * T1 = 7 Nm: the compliance's noise is under 1 % of its value, K2 and K3 have more points; ±5 %
 * leaves room for the output torque sensor's noise (0.02 Nm) on the torque axis.
 */
class ReducerHysteresisIT {

    @TempDir
    static Path runs;

    private static SimulatedReducerRun run;

    @BeforeAll
    static void runTheProcedure() throws Exception {
        run = SimulatedReducerRun.of(runs, "reducer-hysteresis", 100, 7, Map.of());
    }

    @Test
    void theRunCompletesAndPassesTheExampleRatings() {
        assertThat(run.summary().state()).as(run.summary().message()).isEqualTo(RunState.COMPLETED);
        assertThat(run.summary().verdict()).isEqualTo(Verdict.PASS);
        assertThat(run.summary().dir().resolve("results.json")).exists();
        assertThat(run.end().outputTorqueNm()).as("teardown unloads the output").isZero();
    }

    @Test
    void lostMotionHysteresisLossAndStiffnessAreMeasuredBack() {
        ReducerModel model = run.model();
        double t = 0.03 * model.params().ratedTorqueNm();
        assertThat(run.result(Reducers.LOST_MOTION).value()).isCloseTo(model.expectedLostMotionArcmin(t),
                within(0.05));
        assertThat(model.expectedLostMotionArcmin(t)).isCloseTo(0.80, within(1e-9));
        assertThat(run.result(Reducers.HYSTERESIS_LOSS).value()).isCloseTo(model.expectedHysteresisLossArcmin(),
                within(0.05));
        assertThat(run.result(Reducers.K1).value()).isCloseTo(model.expectedK1(), within(0.05 * model.expectedK1()));
        assertThat(run.result(Reducers.K2).value()).isCloseTo(model.expectedK2(), within(0.05 * model.expectedK2()));
        assertThat(run.result(Reducers.K3).value()).isCloseTo(model.expectedK3(), within(0.05 * model.expectedK3()));
        assertThat(run.result(Reducers.LOST_MOTION).limit().maximum()).isCloseTo(1.0, within(1e-12));
        assertThat(run.result(Reducers.LOST_MOTION).limit().example()).isTrue();
        assertThat(run.result(Reducers.LOST_MOTION).unit()).isEqualTo("arcmin");
    }

    @Test
    void theFigureIsTheMeasuredLoopWithTheFittedStiffness() {
        Figure loop = run.figure("hysteresis-loop");
        assertThat(loop.series()).extracting(Series::style).containsExactly(Series.Style.POINTS, Series.Style.LINE,
                Series.Style.LINE);
        Series measured = loop.series().get(0);
        assertThat(measured.size()).isEqualTo(run.series("loop").size() / 2);
        double peak = java.util.Arrays.stream(measured.x()).map(Math::abs).max().orElseThrow();
        assertThat(peak).isCloseTo(50, within(0.1));
        Series fit = loop.series().get(1);
        assertThat(fit.x()[0]).isCloseTo(1.5, within(1e-9));
        assertThat(fit.x()[1]).isEqualTo(7);
        assertThat(fit.x()[2]).isEqualTo(25);
        assertThat(fit.x()[3]).isCloseTo(50, within(0.1));
        // Between T1 and T2 the fitted line rises by (T2 - T1) / K2.
        assertThat(fit.y()[2] - fit.y()[1]).isCloseTo(18 / run.result(Reducers.K2).value(), within(1e-9));
    }
}
