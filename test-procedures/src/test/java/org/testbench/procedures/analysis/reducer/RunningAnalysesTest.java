package org.testbench.procedures.analysis.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.procedures.Procedure;
import org.testbench.rigs.Dut;
import org.testbench.standards.Result;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.Verdict;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.reducer.Reducers;

/** {@code no-load-running-torque}, {@code efficiency} and {@code temperature-rise} over hand-made readings. */
class RunningAnalysesTest {

    private static final String DUT = "manufacturer: M\nmodel: HD\nserial: S\n"
            + "properties: {ratio: 100, rated-torque: 50 Nm, t1: 7 Nm, t2: 25 Nm}\n";

    private static final String NO_LOAD = "  - no-load-running-torque: {series: no-load, torque: input.torque,"
            + " speed: input.speed, per: speed, time: bench.sim-time, temperature: housing.temperature, tolerance: 2 %}";

    @Test
    void noLoadTorqueIsTheMeanAtEachSetSpeedWithItsTemperature() throws Exception {
        RecordedRun run = new RecordedRun();
        double[][] at500 = {{0.050, 501, 24.0}, {0.052, 499, 24.1}, {0.048, 500, 24.2}};
        double[][] at1000 = {{0.060, 1001, 25.0}, {0.062, 999, 25.2}};
        double t = 0;
        for (double[] r : at500) {
            run.reading("no-load", "speed=500", "input.torque", r[0], "input.speed", r[1], "housing.temperature", r[2],
                    "bench.sim-time", t++);
        }
        for (double[] r : at1000) {
            run.reading("no-load", "speed=1000", "input.torque", r[0], "input.speed", r[1], "housing.temperature", r[2],
                    "bench.sim-time", t++);
        }
        Procedure p = RecordedRun.procedure(NO_LOAD, "");
        List<Result> results = run.results(p, RecordedRun.dut(DUT + "rated: {no-load-running-torque: 0.055 Nm}\n"));
        assertThat(results).extracting(Result::subject).containsExactly("500 rpm, housing 24.1 degC",
                "1000 rpm, housing 25.1 degC");
        assertThat(results.get(0).value()).isCloseTo(0.050, within(1e-12));
        assertThat(results.get(0).verdict()).isEqualTo(Verdict.PASS);
        assertThat(results.get(1).value()).isCloseTo(0.061, within(1e-12));
        assertThat(results.get(1).verdict()).isEqualTo(Verdict.FAIL);
        Figure figure = run.figures(p, RecordedRun.plainDut()).get(0);
        assertThat(figure.series().get(0).x()).containsExactly(500, 1000);
    }

    @Test
    void aSpeedOffItsSetPointIsNoSteadyRunning() throws Exception {
        RecordedRun run = new RecordedRun();
        run.reading("no-load", "speed=500", "input.torque", 0.05, "input.speed", 500, "housing.temperature", 24,
                "bench.sim-time", 0);
        run.reading("no-load", "speed=500", "input.torque", 0.05, "input.speed", 520, "housing.temperature", 24,
                "bench.sim-time", 1);
        assertThatThrownBy(() -> run.results(RecordedRun.procedure(NO_LOAD, ""), RecordedRun.plainDut()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the input runs within 2.000 % of 500.0 rpm for only 0.000 s at the end of the record");
    }

    /**
     * η = T_out n_out / (T_in n_in) with the output at 1 / 100 of the input speed: 25 x 10 / (0.35 x
     * 1000) = 71.43 %, 50 x 10 / (0.65 x 1000) = 76.92 %, 25 x 20 / (0.40 x 2000) = 62.5 %,
     * 50 x 20 / (0.70 x 2000) = 71.43 %. The input flange reads 0.01 Nm either side of those
     * torques, which the mean power cancels.
     */
    @Test
    void efficiencyPerPointJudgedAtRatedTorqueAndTheMapAsOneLinePerLoad() throws Exception {
        RecordedRun run = new RecordedRun();
        double[][] points = {{1000, 25, 0.35}, {1000, 50, 0.65}, {2000, 25, 0.40}, {2000, 50, 0.70}};
        for (double[] p : points) {
            for (double noise : new double[] {0.01, -0.01}) {
                run.reading("efficiency", "load=" + (int) p[1] + ";speed=" + (int) p[0], "input.torque", p[2] + noise,
                        "input.speed", p[0], "output.torque", -p[1], "output.speed", p[0] / 100, "housing.temperature", 40);
            }
        }
        Procedure p = RecordedRun.procedure("  - efficiency: {series: efficiency, input-torque: input.torque,"
                + " input-speed: input.speed, output-torque: output.torque, output-speed: output.speed,"
                + " speed-per: speed, torque-per: load, temperature: housing.temperature, judged-at: $dut.rated-torque}",
                "");
        Dut dut = RecordedRun.dut(DUT + "rated: {efficiency: '>= 75 %'}\n");
        List<Result> results = run.results(p, dut);
        assertThat(results).extracting(Result::subject).containsExactly("1000 rpm, 25 Nm, housing 40.0 degC",
                "1000 rpm, 50 Nm, housing 40.0 degC", "2000 rpm, 25 Nm, housing 40.0 degC",
                "2000 rpm, 50 Nm, housing 40.0 degC");
        assertThat(results).extracting(Result::value).usingComparatorForType(
                (a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b), Double.class)
                .containsExactly(100 * 250 / 350.0, 100 * 500 / 650.0, 62.5, 100 * 1000 / 1400.0);
        assertThat(results).extracting(Result::verdict).containsExactly(Verdict.NOT_EVALUATED, Verdict.PASS,
                Verdict.NOT_EVALUATED, Verdict.FAIL);
        assertThat(results.get(0).unit()).isEqualTo("%");

        Figure map = run.figures(p, dut).get(0);
        assertThat(map.id()).isEqualTo("efficiency-efficiency");
        assertThat(map.series()).extracting(Series::name).containsExactly("25 Nm", "50 Nm");
        assertThat(map.series()).extracting(Series::style).containsOnly(Series.Style.LINE);
        assertThat(map.series().get(0).x()).containsExactly(1000, 2000);
        assertThat(map.series().get(0).y()[1]).isCloseTo(62.5, within(1e-9));
    }

    /**
     * The same sweep with the input flange stated at U = 0.002 Nm and the output flange at 0.04 Nm
     * (k = 2). At 1000 rpm and 50 Nm, η = 76.923 %, T_in = 0.65 Nm, T_out = -50 Nm:
     * u = 76.923 x sqrt((0.001 / 0.65)² + (0.02 / 50)²) = 76.923 x 0.0015896 = 0.122278 %.
     */
    @Test
    void efficiencyCarriesTheUncertaintyOfBothTorqueFlanges() throws Exception {
        RecordedRun run = new RecordedRun();
        run.reading("efficiency", "load=50;speed=1000", "input.torque", 0.65, "input.speed", 1000.0, "output.torque",
                -50.0, "output.speed", 10.0);
        Procedure p = RecordedRun.procedure("  - efficiency: {series: efficiency, input-torque: input.torque,"
                + " input-speed: input.speed, output-torque: output.torque, output-speed: output.speed,"
                + " speed-per: speed, torque-per: load}", "");
        Map<String, StatedUncertainty> flanges = Map.of(
                "input.torque", new StatedUncertainty("input flange", 0.002, 2, "Nm", "C-1"),
                "output.torque", new StatedUncertainty("output flange", 0.04, 2, "Nm", "C-2"));

        Result efficiency = run.results(p, RecordedRun.dut(DUT), flanges).get(0);
        Result withoutFlanges = run.results(p, RecordedRun.dut(DUT)).get(0);

        assertThat(efficiency.value()).isCloseTo(76.923077, within(1e-6));
        assertThat(efficiency.uncertainty().standardUncertainty()).isCloseTo(0.122278, within(1e-6));
        assertThat(efficiency.uncertainty().budget()).extracting(c -> c.name())
                .containsExactly("output flange", "input flange");
        assertThat(withoutFlanges.uncertainty()).isNull();
    }

    /** Two readings of a thermometer stated at U = 0.1 degC: u = sqrt(2) x 0.05 = 0.0707 degC. */
    @Test
    void aTemperatureRiseCarriesTheUncertaintyOfItsTwoReadings() throws Exception {
        StatedUncertainty pt100 = new StatedUncertainty("PT100", 0.1, 2, "degC", "C-3");
        List<Result> results = heating(120).results(RecordedRun.procedure(RISE, ""), RecordedRun.dut(DUT),
                Map.of("housing.temperature", pt100, "housing.ambient", pt100));

        assertThat(RecordedRun.only(results, Reducers.TEMPERATURE_RISE).uncertainty().standardUncertainty())
                .isCloseTo(Math.sqrt(2) * 0.05, within(1e-12));
    }

    private static RecordedRun heating(double minutes) {
        RecordedRun run = new RecordedRun();
        for (int minute = 0; minute <= minutes; minute++) {
            double t = 60.0 * minute;
            run.reading("heat", "", "housing.temperature", 23 + 20 * (1 - Math.exp(-t / 600)), "housing.ambient", 23,
                    "bench.sim-time", t);
        }
        return run;
    }

    private static final String RISE = "  - temperature-rise: {series: heat, housing: housing.temperature,"
            + " ambient: housing.ambient, time: bench.sim-time, window: 30 min, steady-slope-per-hour: 1 degC}";

    /** A housing with a 10 min time constant and a 20 K final rise, after 2 h: within 20 e^-9 K of steady. */
    @Test
    void theRiseAtSteadyState() throws Exception {
        List<Result> results = heating(120).results(RecordedRun.procedure(RISE, ""),
                RecordedRun.dut(DUT + "rated: {temperature-rise: 40 degC}\n"));
        Result rise = RecordedRun.only(results, Reducers.TEMPERATURE_RISE);
        assertThat(rise.value()).isCloseTo(20, within(0.01));
        assertThat(rise.subject()).isEqualTo("steady state");
        assertThat(rise.verdict()).isEqualTo(Verdict.PASS);
        assertThat(RecordedRun.only(results, "temperature-slope").value()).isCloseTo(0, within(0.01));
    }

    /**
     * Stopped after 40 min, four time constants, the housing still climbs (2 K/h at the end): below
     * a 40 K maximum the rise proves nothing yet, above a 10 K one it has failed already.
     */
    @Test
    void aRiseStillClimbingIsNotPassed() throws Exception {
        Procedure p = RecordedRun.procedure(RISE, "");
        Result below = RecordedRun.only(heating(40).results(p, RecordedRun.dut(DUT
                + "rated: {temperature-rise: 40 degC}\n")), Reducers.TEMPERATURE_RISE);
        assertThat(below.subject()).isEqualTo("NOT steady: still changing at the end of the run");
        assertThat(below.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        Result above = RecordedRun.only(heating(40).results(p, RecordedRun.dut(DUT
                + "rated: {temperature-rise: 10 degC}\n")), Reducers.TEMPERATURE_RISE);
        assertThat(above.verdict()).isEqualTo(Verdict.FAIL);
    }
}
