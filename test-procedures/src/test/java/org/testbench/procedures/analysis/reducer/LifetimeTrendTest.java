package org.testbench.procedures.analysis.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.procedures.Procedure;
import org.testbench.standards.Result;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.reducer.Reducers;

/**
 * {@code lifetime-trend} over a reducer re-measured as received and after two 100 h blocks, whose
 * play grows 0.1 arcmin per block: the ideal loops of {@link HysteresisAnalysisTest} give lost
 * motion 1.0, 1.1 and 1.2 arcmin, a growth of 0.2 arcmin over 200 h.
 */
class LifetimeTrendTest {

    private static final String ANALYSIS = String.join("\n",
            "  - lifetime-trend:",
            "      block: block",
            "      every: $every",
            "      loop: {series: life-loop, torque: output.torque, twist: output.angle, lost-motion-percent: 3 %,",
            "             t1: $dut.t1, t2: $dut.t2}",
            "      no-load: {series: life-no-load, torque: input.torque, time: bench.sim-time}",
            "      temperature: {series: life-temperature, housing: housing.temperature, ambient: housing.ambient}");

    private static RecordedRun lifeTest() {
        RecordedRun run = new RecordedRun();
        String[] tags = {"as-received=1", "block=1;re-measure=1", "block=2;re-measure=1"};
        for (int block = 0; block < 3; block++) {
            if (block > 0) {
                run.reading("life-temperature", tags[block], "housing.temperature", 48 + 2 * block,
                        "housing.ambient", 23);
            }
            HysteresisAnalysisTest.loop(run, "life-loop", tags[block], 0.4 + 0.1 * block);
            // The no-load torque grows 2 mNm per block; a reading repeating the clock's instant counts once.
            double torque = 0.05 + 0.002 * block;
            double t = 1000.0 * block;
            run.reading("life-no-load", tags[block], "input.torque", torque - 0.001, "bench.sim-time", t);
            run.reading("life-no-load", tags[block], "input.torque", torque + 0.001, "bench.sim-time", t + 1);
            run.reading("life-no-load", tags[block], "input.torque", torque + 0.001, "bench.sim-time", t + 1);
        }
        return run;
    }

    private static Procedure procedure() throws Exception {
        return RecordedRun.procedure(ANALYSIS, "parameters: {every: {type: number, unit: h, default: 100}}");
    }

    @Test
    void eachBlockIsJudgedAndTheGrowthIsReadOffTheTrend() throws Exception {
        List<Result> results = lifeTest().results(procedure(), RecordedRun.plainDut());
        List<Result> lost = results.stream().filter(r -> r.characteristic().equals(Reducers.LOST_MOTION)).toList();
        assertThat(lost).extracting(Result::subject).containsExactly("as received (0 h)", "after 100 h", "after 200 h");
        assertThat(lost).extracting(Result::value).usingComparatorForType(
                (a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b), Double.class).containsExactly(1.0, 1.1, 1.2);
        assertThat(results.stream().filter(r -> r.characteristic().equals(Reducers.K2)))
                .allSatisfy(k2 -> assertThat(k2.value()).isCloseTo(10, within(1e-9)));
        List<Result> noLoad = results.stream().filter(r -> r.characteristic().equals(Reducers.NO_LOAD_RUNNING_TORQUE))
                .toList();
        assertThat(noLoad.get(2).value()).isCloseTo(0.054, within(1e-12));
        List<Result> rise = results.stream().filter(r -> r.characteristic().equals(Reducers.TEMPERATURE_RISE)).toList();
        assertThat(rise).extracting(Result::subject).containsExactly("after 100 h", "after 200 h");
        assertThat(rise.get(1).value()).isCloseTo(29, within(1e-12));
        Result growth = RecordedRun.only(results, "lost-motion-increase");
        assertThat(growth.value()).isCloseTo(0.2, within(1e-9));
        assertThat(growth.subject()).isEqualTo("over 200 h");
        assertThat(growth.unit()).isEqualTo("arcmin");
        assertThat(RecordedRun.only(results, "no-load-running-torque-increase").value()).isCloseTo(0.004, within(1e-12));
        // Results come subject by subject: everything measured after 100 h together.
        assertThat(results.subList(5, 11)).extracting(Result::subject).containsOnly("after 100 h");
    }

    @Test
    void oneFigurePerCharacteristicOverTheHoursRun() throws Exception {
        List<Figure> figures = lifeTest().figures(procedure(), RecordedRun.plainDut());
        assertThat(figures).extracting(Figure::id).containsExactly("lifetime-lost-motion", "lifetime-stiffness",
                "lifetime-no-load-torque", "lifetime-temperature");
        assertThat(figures).allSatisfy(f -> assertThat(f.x().unit()).isEqualTo("h"));
        Series lost = figures.get(0).series().get(0);
        assertThat(lost.style()).isEqualTo(Series.Style.POINTS);
        assertThat(lost.x()).containsExactly(0, 100, 200);
        Series trend = figures.get(0).series().get(1);
        assertThat(trend.style()).isEqualTo(Series.Style.LINE);
        assertThat(trend.y()[1] - trend.y()[0]).isCloseTo(0.2, within(1e-9));
        assertThat(figures.get(1).series()).extracting(Series::name).containsExactly("K1", "K2", "K3");
        assertThat(figures.get(3).series().get(0).x()).containsExactly(100, 200);
    }
}
