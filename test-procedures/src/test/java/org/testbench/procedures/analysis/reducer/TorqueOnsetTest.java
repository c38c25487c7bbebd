package org.testbench.procedures.analysis.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.procedures.Procedure;
import org.testbench.standards.Result;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.reducer.Reducers;

/** {@code starting-torque} and {@code back-driving-torque} over hand-made ramps. */
class TorqueOnsetTest {

    /**
     * The flange's error at each of the eleven set points 0, 0.005 .. 0.05 Nm, in mNm: it sums to
     * zero and is orthogonal to the set points (0 - 1 - 2 + 3 + 4 - 5 - 6 + 7 + 16 - 36 + 20 = 0),
     * so the straight line through the readings is the set points themselves, although the reading
     * at the start (the last) is 2 mNm high.
     */
    private static final double[] FLANGE_ERROR_MNM = {1, -1, -1, 1, 1, -1, -1, 1, 2, -4, 2};

    /** The input stands still up to 0.045 Nm but for a 2° twitch at 0.03 Nm, and turns from 0.05 Nm on. */
    private static RecordedRun startingRamp() {
        RecordedRun run = new RecordedRun();
        for (int k = 0; k <= 10; k++) {
            double command = 0.005 * k;
            double angle = k == 6 ? 2 : k == 10 ? 5 : 0;
            run.reading("start", "", "input.torque-command", command, "input.torque",
                    command + FLANGE_ERROR_MNM[k] / 1000, "input.angle", angle, "bench.sim-time", 0.1 * k);
        }
        // A repeated reading of the clock's last instant (a fast clock read twice) counts once.
        run.reading("start", "", "input.torque-command", 0.05, "input.torque", 0.052, "input.angle", 5,
                "bench.sim-time", 1.0);
        for (int k = 11; k <= 13; k++) {
            run.reading("start", "", "input.torque-command", 0.05, "input.torque", 0.05, "input.angle", 5.0 * (k - 9),
                    "bench.sim-time", 0.1 * k);
        }
        return run;
    }

    private static Procedure starting(String command) throws Exception {
        return RecordedRun.procedure("  - starting-torque: {series: start, torque: input.torque, motion: input.angle,"
                + " threshold: 1 deg, hold: 200 ms, time: bench.sim-time" + command + "}", "");
    }

    @Test
    void theStartingTorqueIsReadOffTheFlangesLineAtTheFirstSustainedMotion() throws Exception {
        List<Result> results = startingRamp().results(starting(", command: input.torque-command"),
                RecordedRun.plainDut());
        Result start = RecordedRun.only(results, Reducers.STARTING_TORQUE);
        assertThat(start.value()).isCloseTo(0.05, within(1e-12));
        assertThat(start.unit()).isEqualTo("Nm");
        assertThat(start.clause()).isEqualTo(Reducers.CLAUSE_STARTING_TORQUE);
        assertThat(start.subject()).isEqualTo("input torque, no load");
    }

    @Test
    void theStartingTorqueCarriesTheFlangesStatedUncertainty() throws Exception {
        List<Result> results = startingRamp().results(starting(""), RecordedRun.plainDut(),
                Map.of("input.torque", new StatedUncertainty("flange", 0.002, 2, "Nm", "C-1")));

        assertThat(RecordedRun.only(results, Reducers.STARTING_TORQUE).uncertainty().standardUncertainty())
                .isEqualTo(0.001);
    }

    @Test
    void withoutTheSetPointsTheFlangesOwnReadingAtTheStartIsTaken() throws Exception {
        List<Result> results = startingRamp().results(starting(""), RecordedRun.plainDut());
        assertThat(RecordedRun.only(results, Reducers.STARTING_TORQUE).value()).isCloseTo(0.052, within(1e-12));
    }

    @Test
    void theFigureMarksTheStartOnTheRamp() throws Exception {
        Figure figure = startingRamp().figures(starting(""), RecordedRun.plainDut()).get(0);
        assertThat(figure.id()).isEqualTo("starting-torque-start");
        assertThat(figure.series()).extracting(Series::style).containsExactly(Series.Style.POINTS, Series.Style.POINTS);
        assertThat(figure.series().get(0).size()).as("the repeated instant is left out").isEqualTo(14);
        assertThat(figure.series().get(1).x()[0]).isCloseTo(0.052, within(1e-12));
        assertThat(figure.series().get(1).y()).containsExactly(5.0);
    }

    @Test
    void aShaftThatNeverKeepsTurningFailsTheAnalysisSayingWhy() throws Exception {
        Procedure p = RecordedRun.procedure("  - starting-torque: {series: start, torque: input.torque,"
                + " motion: input.angle, threshold: 30 deg, time: bench.sim-time}", "");
        assertThatThrownBy(() -> startingRamp().results(p, RecordedRun.plainDut()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starting torque: the shaft never turns beyond 30.00 deg for 0.000 s in the 1.300 s recorded");
    }

    @Test
    void theBackDrivingTorqueFromTheInputsSpeed() throws Exception {
        RecordedRun run = new RecordedRun();
        for (int torque = 0; torque <= 8; torque++) {
            run.reading("back-drive", "", "output.torque", torque + 0.01, "input.speed", torque >= 7 ? 600 : 0.4);
        }
        Procedure p = RecordedRun.procedure("  - back-driving-torque: {series: back-drive, torque: output.torque,"
                + " motion: input.speed, threshold: 10 rpm, hold: 100 ms}", "");
        Result r = RecordedRun.only(run.results(p, RecordedRun.plainDut()), Reducers.BACK_DRIVING_TORQUE);
        assertThat(r.value()).isCloseTo(7.01, within(1e-12));
        assertThat(r.subject()).isEqualTo("output torque, input free");
    }
}
