package org.testbench.run.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.procedures.execution.RunState;
import org.testbench.rigs.sim.reducer.ReducerModel;
import org.testbench.standards.Result;
import org.testbench.standards.figure.Series;
import org.testbench.standards.reducer.Reducers;

/**
 * Known answers of the friction tests over Modbus: starting, back-driving and no-load running
 * torque of the simulated reducer, each run on a fresh bench at ambient temperature, against the
 * model's values at the housing temperature the procedure recorded (friction falls 1 % per kelvin).
 */
class ReducerTorquesIT {

    @TempDir
    static Path runs;

    /**
     * ±5 %: the ramp's step of 0.0005 Nm is 1 % of the 0.05 Nm starting torque (the onset is the
     * first step above it), and the flange's 0.002 Nm noise is averaged by the line through the
     * hundred readings before the onset to well under 1 %.
     */
    @Test
    void startingTorque() throws Exception {
        SimulatedReducerRun run = SimulatedReducerRun.of(runs, "reducer-starting-torque", 100, 7, Map.of());
        assertThat(run.summary().state()).as(run.summary().message()).isEqualTo(RunState.COMPLETED);
        double housing = run.mean("condition", "housing.temperature");
        double expected = run.model().expectedStartingTorqueNm(housing, 0);
        assertThat(run.result(Reducers.STARTING_TORQUE).value()).isCloseTo(expected, within(0.05 * expected));
        assertThat(run.end().inputRpm()).as("teardown stops the input").isZero();
        List<Series> figure = run.figure("starting-torque-start").series();
        assertThat(figure).extracting(Series::style).containsExactly(Series.Style.POINTS, Series.Style.POINTS);
        assertThat(figure.get(1).x()).containsExactly(run.result(Reducers.STARTING_TORQUE).value());
    }

    /**
     * ±2 %: the ramp's step of 0.02 Nm is 0.3 % of the 6.6 Nm back-driving torque, and the output
     * flange's 0.02 Nm noise (0.3 % of it in one reading) is averaged by the line through the
     * readings before the onset.
     */
    @Test
    void backDrivingTorque() throws Exception {
        SimulatedReducerRun run = SimulatedReducerRun.of(runs, "reducer-backdriving-torque", 100, 7, Map.of());
        assertThat(run.summary().state()).as(run.summary().message()).isEqualTo(RunState.COMPLETED);
        double housing = run.mean("condition", "housing.temperature");
        double expected = run.model().expectedBackDrivingTorqueNm(housing, 0);
        assertThat(run.result(Reducers.BACK_DRIVING_TORQUE).value()).isCloseTo(expected, within(0.02 * expected));
        assertThat(run.end().outputTorqueNm()).as("teardown unloads the output").isZero();
    }

    /**
     * ±3 % at each speed: the mean of 20 readings of the input flange (0.002 Nm noise) is within
     * 0.00045 Nm, 1 % of the smallest torque (0.048 Nm at 500 rpm), so 3 % is over 3 of its
     * deviations; the torque is linear in the housing temperature, whose mean over the same
     * readings the expected value is taken at.
     */
    @Test
    void noLoadRunningTorqueAtEachSpeed() throws Exception {
        SimulatedReducerRun run = SimulatedReducerRun.of(runs, "reducer-no-load-torque", 100, 7, Map.of());
        assertThat(run.summary().state()).as(run.summary().message()).isEqualTo(RunState.COMPLETED);
        ReducerModel model = run.model();
        List<Result> results = run.results(Reducers.NO_LOAD_RUNNING_TORQUE);
        assertThat(results).hasSize(3);
        int i = 0;
        for (int rpm : new int[] {500, 1000, 2000}) {
            double housing = run.mean("no-load", "housing.temperature", "speed=" + rpm);
            double expected = model.expectedNoLoadTorqueNm(rpm, housing, 0);
            Result r = results.get(i++);
            assertThat(r.subject()).startsWith(rpm + " rpm, housing ");
            assertThat(r.value()).as(r.subject()).isCloseTo(expected, within(0.03 * expected));
        }
        Series curve = run.figure("no-load-running-torque-no-load").series().get(0);
        assertThat(curve.x()).containsExactly(500, 1000, 2000);
    }
}
