package org.testbench.run.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.procedures.execution.Checkpoint;
import org.testbench.procedures.execution.RunState;
import org.testbench.standards.Result;
import org.testbench.standards.figure.Series;
import org.testbench.standards.reducer.Reducers;

/**
 * Known answer of reducer-lifetime over Modbus: 1000 duty hours on the simulator at time scale
 * 60000 (a minute and a half of wall time), re-measured every 100 h, must show the wear the model
 * injects: lost motion growing by {@code growth} arcmin per million output revolutions.
 *
 * <p>Tolerances. Each block's lost motion comes from two loops read together; their scatter is
 * about 0.005 arcmin, so the growth read from the straight line through 11 blocks is within
 * 0.005 arcmin (5 % of the 0.09 arcmin the model expects for 1.8 million output revolutions):
 * ±20 % is four of those. The housing is steady at the end of each 50 h half-block (over a hundred
 * time constants), and its rise is compared with the model's steady rise at the block's wear.
 */
class ReducerLifetimeIT {

    @TempDir
    static Path runs;

    private static SimulatedReducerRun run;

    @BeforeAll
    static void runTheProcedure() throws Exception {
        run = SimulatedReducerRun.of(runs, "reducer-lifetime", 60000, 7, Map.of());
    }

    @Test
    void everyBlockIsReMeasuredAndCheckpointed() {
        assertThat(run.summary().state()).as(run.summary().message()).isEqualTo(RunState.COMPLETED);
        assertThat(run.checkpoints()).extracting(Checkpoint::name).containsExactly("as-received", "block-done",
                "block-done", "block-done", "block-done", "block-done", "block-done", "block-done", "block-done",
                "block-done", "block-done");
        List<Result> lostMotion = run.results(Reducers.LOST_MOTION);
        assertThat(lostMotion).extracting(Result::subject).containsExactly("as received (0 h)", "after 100 h",
                "after 200 h", "after 300 h", "after 400 h", "after 500 h", "after 600 h", "after 700 h", "after 800 h",
                "after 900 h", "after 1000 h");
        assertThat(run.results(Reducers.K1)).hasSize(11);
        assertThat(run.results(Reducers.NO_LOAD_RUNNING_TORQUE)).hasSize(11);
        assertThat(run.results(Reducers.TEMPERATURE_RISE)).hasSize(10);
    }

    @Test
    void lostMotionGrowsWithTheWearTheModelInjects() {
        double revolutions = run.end().outputRevolutions();
        // 1000 h at 3000 rpm input, ratio 100: 1.8 million output revolutions, and a few thousand more
        // from the no-load re-measurements.
        assertThat(revolutions).isCloseTo(1.8e6, within(0.01 * 1.8e6));
        double expected = run.model().expectedLostMotionIncreaseArcmin(revolutions);
        assertThat(run.result("lost-motion-increase").value()).isCloseTo(expected, within(0.2 * expected));
        double t = 0.03 * run.model().params().ratedTorqueNm();
        assertThat(run.results(Reducers.LOST_MOTION).get(0).value())
                .isCloseTo(run.model().expectedLostMotionArcmin(t), within(0.05));
        assertThat(run.results(Reducers.K2)).allSatisfy(k2 -> assertThat(k2.value())
                .isCloseTo(run.model().expectedK2(), within(0.05 * run.model().expectedK2())));
    }

    @Test
    void theHousingRunsAtTheModelsSteadyRise() {
        List<Result> rise = run.results(Reducers.TEMPERATURE_RISE);
        for (int block = 1; block <= 10; block++) {
            double revolutions = 1.8e5 * block;
            double expected = run.model().expectedSteadyTemperatureRiseK(3000, 25, revolutions);
            assertThat(rise.get(block - 1).value()).as("after block " + block).isCloseTo(expected, within(0.3));
        }
    }

    @Test
    void thereIsOneTrendFigurePerCharacteristic() {
        assertThat(run.figure("lifetime-lost-motion").series()).extracting(Series::style)
                .containsExactly(Series.Style.POINTS, Series.Style.LINE);
        Series lost = run.figure("lifetime-lost-motion").series().get(0);
        assertThat(lost.x()).containsExactly(0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000);
        assertThat(run.figure("lifetime-stiffness").series()).extracting(Series::name).containsExactly("K1", "K2", "K3");
        assertThat(run.figure("lifetime-no-load-torque").series().get(0).size()).isEqualTo(11);
        assertThat(run.figure("lifetime-temperature").series().get(0).x()).startsWith(100.0);
    }
}
