package org.testbench.run.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.procedures.execution.RunState;
import org.testbench.standards.Result;
import org.testbench.standards.Verdict;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.reducer.Reducers;

/** Known answers of the running tests over Modbus: the efficiency map and the temperature rise. */
class ReducerEfficiencyIT {

    private static final double RATED = 50;

    @TempDir
    static Path runs;

    /**
     * ±1 percentage point at every point: the input flange's noise (0.002 Nm, averaged over 10
     * readings) is 0.1 % of the input torque at 25 % load, the output's less; the housing warms
     * by a few tenths of a kelvin over a point's readings, and the efficiency, nearly linear in
     * the friction, is compared at their mean temperature.
     */
    @Test
    void efficiencyAtEveryPointOfTheMap() throws Exception {
        SimulatedReducerRun run = SimulatedReducerRun.of(runs, "reducer-efficiency", 100, 7, Map.of());
        assertThat(run.summary().state()).as(run.summary().message()).isEqualTo(RunState.COMPLETED);
        List<Result> results = run.results(Reducers.EFFICIENCY);
        assertThat(results).hasSize(9);
        int i = 0;
        for (int rpm : new int[] {500, 1000, 2000}) {
            for (double load : new double[] {0.25 * RATED, 0.5 * RATED, RATED}) {
                Result r = results.get(i++);
                double housing = housingAt(run, rpm, load);
                double expected = 100 * run.model().expectedEfficiency(rpm, load, housing);
                assertThat(r.value()).as(r.subject()).isCloseTo(expected, within(1.0));
                // Only the points at rated torque are judged against the rated efficiency (>= 70 %).
                assertThat(r.verdict()).as(r.subject()).isEqualTo(load == RATED ? Verdict.PASS : Verdict.NOT_EVALUATED);
            }
        }
        Figure map = run.figure("efficiency-efficiency");
        assertThat(map.series()).extracting(Series::name).containsExactly("12.5 Nm", "25 Nm", "50 Nm");
        assertThat(map.series()).allSatisfy(s -> {
            assertThat(s.style()).isEqualTo(Series.Style.LINE);
            assertThat(s.x()).containsExactly(500, 1000, 2000);
        });
        assertThat(map.series().get(2).y()[2]).isEqualTo(results.get(8).value());
    }

    /**
     * ±0.2 K: after 4 h, nine time constants of the housing (1600 s), the rise lacks e^-9 of its
     * 26 K; the thermometers' noise (0.05 K on housing and ambient) over the last half hour's
     * readings leaves the mean difference within 0.05 K.
     */
    @Test
    void temperatureRiseAtSteadyState() throws Exception {
        SimulatedReducerRun run = SimulatedReducerRun.of(runs, "reducer-temperature-rise", 60000, 7, Map.of());
        assertThat(run.summary().state()).as(run.summary().message()).isEqualTo(RunState.COMPLETED);
        double expected = run.model().expectedSteadyTemperatureRiseK(2000, RATED);
        Result rise = run.result(Reducers.TEMPERATURE_RISE);
        assertThat(rise.value()).isCloseTo(expected, within(0.2));
        assertThat(rise.subject()).isEqualTo("steady state");
        assertThat(rise.verdict()).isEqualTo(Verdict.PASS);
        assertThat(Math.abs(run.result("temperature-slope").value())).isLessThan(1);
        Figure heat = run.figure("temperature-rise-heat");
        assertThat(heat.series()).extracting(Series::name).containsExactly("housing", "ambient");
        assertThat(heat.series().get(0).x()[0]).isZero();
        // At least the 4 h asked for: at time scale 60000 each Modbus request lasts about a simulated
        // minute, so the 241 readings of three devices stretch the run on the simulator's clock.
        assertThat(heat.series().get(0).x()[heat.series().get(0).size() - 1]).isGreaterThan(4);
    }

    private static double housingAt(SimulatedReducerRun run, int rpm, double load) {
        return run.series("efficiency").stream()
                .filter(s -> s.signal().equals("temperature") && s.context().get("speed").equals(String.valueOf(rpm))
                        && Double.parseDouble(s.context().get("load")) == load)
                .mapToDouble(s -> s.value()).average().orElseThrow();
    }
}
