package org.testbench.procedures.analysis.reducer;

import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * {@code hysteresis} over an ideal loop whose characteristics are known by construction: twist =
 * S(T) + (D/2) clamp(T/t, -1, 1) ∓ H/2 (rising / falling sweep), S the three-segment stiffness
 * with K1 = 5, K2 = 10, K3 = 20 Nm/arcmin and T1 = 7, T2 = 25 Nm, play D = 0.4 arcmin taken up
 * within ±t = ±1.5 Nm (3 % of 50 Nm), hysteresis H = 0.6 arcmin. Then the loop width at zero
 * torque is H, lost motion 2 S(t) + D = 2 x 0.3 + 0.4 = 1.0 arcmin, and beyond ±t the loading
 * branches are S itself, so K1..K3 come back exactly although the branch is steeper below t.
 */
class HysteresisAnalysisTest {

    static final String ANALYSIS = "  - hysteresis: {series: loop, torque: output.torque, twist: output.angle,"
            + " lost-motion-percent: 3 %, t1: $dut.t1, t2: $dut.t2}";

    private static final double H = 0.6;
    private static final double D = 0.4;
    private static final double T = 1.5;

    /** S(T), arcmin. */
    static double elastic(double torque) {
        double a = Math.abs(torque);
        double s = Math.min(a, 7) / 5 + Math.max(0, Math.min(a, 25) - 7) / 10 + Math.max(0, a - 25) / 20;
        return Math.signum(torque) * s;
    }

    /**
     * @param run   where to record
     * @param block the block tag, or "" for none
     * @param play  D, arcmin
     * @param series the series to record in
     * @return the run, with the loop 0 -> t -> 50 -> t -> -t -> -50 -> -t -> 0 in steps of 0.5 Nm recorded
     */
    static RecordedRun loop(RecordedRun run, String series, String block, double play) {
        // The unloading legs start one step past the reversal: its set point was read at the end of the leg before.
        double[][] legs = {{0, T}, {T, 50}, {49.5, T}, {T, -T}, {-T, -50}, {-49.5, -T}, {-T, 0}};
        for (double[] leg : legs) {
            double direction = Math.signum(leg[1] - leg[0]);
            for (double torque = leg[0]; direction * (leg[1] - torque) >= -1e-9; torque += direction * 0.5) {
                double twist = elastic(torque) + play / 2 * Math.max(-1, Math.min(1, torque / T)) - direction * H / 2;
                run.reading(series, block, "output.torque", torque, "output.angle", 12.3 + twist / 60);
            }
        }
        return run;
    }

    @Test
    void lossLostMotionAndStiffnessOfAnIdealLoop() throws Exception {
        Procedure p = RecordedRun.procedure(ANALYSIS, "");
        List<Result> results = loop(new RecordedRun(), "loop", "", D).results(p, RecordedRun.plainDut());
        assertThat(results).extracting(Result::characteristic).containsExactly(Reducers.HYSTERESIS_LOSS, Reducers.K1,
                Reducers.K2, Reducers.K3, Reducers.LOST_MOTION);
        assertThat(RecordedRun.only(results, Reducers.HYSTERESIS_LOSS).value()).isCloseTo(H, within(1e-9));
        assertThat(RecordedRun.only(results, Reducers.LOST_MOTION).value()).isCloseTo(1.0, within(1e-9));
        assertThat(RecordedRun.only(results, Reducers.K1).value()).isCloseTo(5, within(1e-9));
        assertThat(RecordedRun.only(results, Reducers.K2).value()).isCloseTo(10, within(1e-9));
        assertThat(RecordedRun.only(results, Reducers.K3).value()).isCloseTo(20, within(1e-9));
        Result lost = RecordedRun.only(results, Reducers.LOST_MOTION);
        assertThat(lost.subject()).isEqualTo("loop ±50.0 Nm, at ±1.50 Nm");
        assertThat(lost.standard()).isEqualTo(Reducers.GB_T_35089);
        assertThat(lost.clause()).isEqualTo(Reducers.CLAUSE_HYSTERESIS);
        assertThat(lost.unit()).isEqualTo("arcmin");
        assertThat(lost.verdict()).isEqualTo(Verdict.NOT_EVALUATED);
    }

    /** An output encoder stated at U = 0.00028 deg (k = 2): each twist difference has u = sqrt(2) x 0.0084 arcmin. */
    @Test
    void lostMotionAndLossCarryTheEncodersUncertaintyAndTheStiffnessesNone() throws Exception {
        Procedure p = RecordedRun.procedure(ANALYSIS, "");
        List<Result> results = loop(new RecordedRun(), "loop", "", D).results(p, RecordedRun.plainDut(),
                Map.of("output.angle", new StatedUncertainty("encoder", 0.00028, 2, "deg", "C-1")));

        assertThat(RecordedRun.only(results, Reducers.LOST_MOTION).uncertainty().standardUncertainty())
                .isCloseTo(Math.sqrt(2) * 0.0084, within(1e-9));
        assertThat(RecordedRun.only(results, Reducers.HYSTERESIS_LOSS).uncertainty().expanded())
                .isCloseTo(2 * Math.sqrt(2) * 0.0084, within(1e-9));
        assertThat(RecordedRun.only(results, Reducers.K1).uncertainty()).isNull();
    }

    @Test
    void ratedValuesInAnyUnitJudgeInTheCatalogueUnit() throws Exception {
        Procedure p = RecordedRun.procedure(ANALYSIS, "");
        Dut dut = RecordedRun.dut("manufacturer: M\nmodel: HD\nserial: S\n"
                + "properties: {ratio: 100, rated-torque: 50 Nm, t1: 7 Nm, t2: 25 Nm}\n"
                + "rated: {hysteresis-loss: 0.011 deg, lost-motion: 54 arcsec example, K1: '>= 6 Nm/arcmin'}\n");
        List<Result> results = loop(new RecordedRun(), "loop", "", D).results(p, dut);
        Result loss = RecordedRun.only(results, Reducers.HYSTERESIS_LOSS);
        assertThat(loss.limit().maximum()).isCloseTo(0.66, within(1e-12));
        assertThat(loss.limit().unit()).isEqualTo("arcmin");
        assertThat(loss.verdict()).isEqualTo(Verdict.PASS);
        Result lost = RecordedRun.only(results, Reducers.LOST_MOTION);
        assertThat(lost.limit().maximum()).isCloseTo(0.9, within(1e-12));
        assertThat(lost.limit().example()).isTrue();
        assertThat(lost.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(RecordedRun.only(results, Reducers.K1).verdict()).as("5 Nm/arcmin is below 6").isEqualTo(Verdict.FAIL);
        assertThat(RecordedRun.only(results, Reducers.K2).verdict()).isEqualTo(Verdict.NOT_EVALUATED);
    }

    @Test
    void theFigureIsTheLoopWithTheFittedStiffnessBeyondTheLostMotionTorque() throws Exception {
        Procedure p = RecordedRun.procedure(ANALYSIS, "");
        RecordedRun run = loop(new RecordedRun(), "loop", "", D);
        Figure figure = run.figures(p, RecordedRun.plainDut()).get(0);
        assertThat(figure.id()).isEqualTo("hysteresis-loop");
        assertThat(figure.x().unit()).isEqualTo("Nm");
        assertThat(figure.y().unit()).isEqualTo("arcmin");
        assertThat(figure.series()).extracting(Series::style).containsExactly(Series.Style.POINTS, Series.Style.LINE,
                Series.Style.LINE);
        Series measured = figure.series().get(0);
        assertThat(measured.size()).isEqualTo(run.samples().size() / 2);
        // Centred on the loop's middle at zero torque: the first reading, rising through 0, sits at -H/2.
        assertThat(measured.y()[0]).isCloseTo(-H / 2, within(1e-9));
        Series positive = figure.series().get(1);
        assertThat(positive.x()).containsExactly(1.5, 7, 25, 50);
        // The fitted segments rise by (7 - 1.5) / K1, (25 - 7) / K2, (50 - 25) / K3.
        assertThat(positive.y()[1] - positive.y()[0]).isCloseTo(1.1, within(1e-9));
        assertThat(positive.y()[2] - positive.y()[1]).isCloseTo(1.8, within(1e-9));
        assertThat(positive.y()[3] - positive.y()[2]).isCloseTo(1.25, within(1e-9));
        // ... and the line meets the measured loading branch: at 50 Nm, S(50) + D/2 - H/2.
        assertThat(positive.y()[3]).isCloseTo(elastic(50) + D / 2 - H / 2, within(1e-9));
        assertThat(figure.series().get(2).x()).containsExactly(-1.5, -7, -25, -50);
    }
}
