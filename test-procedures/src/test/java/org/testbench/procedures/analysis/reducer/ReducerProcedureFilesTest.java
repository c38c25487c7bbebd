package org.testbench.procedures.analysis.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.procedures.binding.Binding;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.step.StepContext;
import org.testbench.rigs.Dut;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.RigDefinition;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.yaml.InputException;

/**
 * The bundled reducer procedures against the bundled bench and DUT: each parses and binds before
 * anything connects, and a mistake in an analysis' arguments is reported with file, line, column
 * and field.
 */
class ReducerProcedureFilesTest {

    private static final List<String> PROCEDURES = List.of("reducer-hysteresis", "reducer-transmission-error",
            "reducer-starting-torque", "reducer-backdriving-torque", "reducer-no-load-torque", "reducer-efficiency",
            "reducer-temperature-rise", "reducer-lifetime");

    private static Binding binding(Procedure p, Map<String, String> overrides, Dut dut) throws InputException {
        RigDefinition rig = RigFile.load("sim-reducer");
        return new Binding(Parameters.bind(p.parameters(), overrides, "-p"), rig, dut);
    }

    private static Dut bundledDut() throws InputException {
        return DutFile.load("sim-harmonic-100", ProcedureAnalysis.ratable());
    }

    @Test
    void everyBundledReducerProcedureBindsToTheSimulatedBenchAndDut() throws Exception {
        assertThat(ProcedureFile.builtinNames()).containsAll(PROCEDURES);
        for (String name : PROCEDURES) {
            Procedure p = ProcedureFile.load(name);
            p.check(binding(p, Map.of(), bundledDut()));
            assertThat(p.analyses()).as(name).hasSize(1);
            assertThat(p.standard()).as(name).isEqualTo("GB/T 35089-2018");
            assertThat(p.teardown()).as(name + " writes the safe state").hasSize(1);
            assertThat(p.teardown().get(0).describe()).as(name).isEqualTo("set input.torque-command = 0 Nm,"
                    + " output.torque-command = 0 Nm, input.speed-command = 0 rpm, input.enable = 0, output.enable = 0");
        }
    }

    @Test
    void theLifeTestRunsOneBlockPerEveryHoursAndRefusesAnUnevenSplit() throws Exception {
        Procedure p = ProcedureFile.load("reducer-lifetime");
        StepContext context = new StepContext(Parameters.bind(p.parameters(), Map.of(), "-p"), Map.of(), null, null,
                new RunListener() { });
        // stop, cool, lock, 2 preload ramps, 2 loops of 7 ramps, and set, dwell, measure, set of the no-load torque
        long reMeasure = 5 + 2 * 7 + 4;
        // setup, as received, checkpoint, 10 x (4 duty steps, temperature, re-measure, checkpoint), teardown
        assertThat(p.plannedLeaves(context)).isEqualTo(1 + reMeasure + 1 + 10 * (4 + 1 + reMeasure + 1) + 1);
        assertThatThrownBy(() -> p.check(binding(p, Map.of("every", "300"), bundledDut())))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'$hours / $every' must be a whole number, it is 3.3333333333333335");
    }

    @Test
    void aDutWithoutTheBreakTorquesIsRefusedBeforeTheRun() throws Exception {
        Procedure p = ProcedureFile.load("reducer-hysteresis");
        Dut dut = new Dut("M", "HD", "S", "", "dut.yaml", "", "", Map.of(),
                Map.of("ratio", RecordedRun.plainDut().properties().get("ratio"),
                        "rated-torque", RecordedRun.plainDut().properties().get("rated-torque")));
        assertThatThrownBy(() -> p.check(binding(p, Map.of(), dut))).isInstanceOf(InputException.class)
                .hasMessageMatching("classpath:procedures/reducer-hysteresis.yaml:\\d+:\\d+: analysis\\[0\\]"
                        + "\\.hysteresis\\.t1: needs DUT property 't1', which the DUT file dut.yaml lacks"
                        + " \\(its properties: .*\\)");
    }

    @Test
    void aSignalOfTheWrongQuantityIsAnErrorAtItsArgument() throws Exception {
        Procedure p = RecordedRun.procedure("  - hysteresis: {series: loop, torque: input.speed, twist: output.angle,"
                + " lost-motion-torque: 1.5 Nm, t1: $dut.t1, t2: $dut.t2}", "");
        assertThatThrownBy(() -> p.check(binding(p, Map.of(), bundledDut()))).isInstanceOf(InputException.class)
                .hasMessage("p.yaml:8:40: analysis[0].hysteresis.torque: 'torque' needs a signal of torque, but"
                        + " input.speed is in rpm (rig sim-reducer, classpath:rigs/sim-reducer.yaml)");
    }

    @Test
    void argumentMistakesAreReportedWhereTheyAreWritten() {
        assertRejected("  - hysteresis: {series: loop, torque: output.torque, twist: output.angle,"
                        + " lost-motion-torque: 1.5 Nm, lost-motion-percent: 3 %, t1: 7 Nm, t2: 25 Nm}",
                "p.yaml:8:5: analysis[0]: give the lost motion torque t as either 'lost-motion-percent' (of the"
                        + " DUT's rated-torque) or 'lost-motion-torque', not both");
        assertRejected("  - hysteresis: {series: loop, torque: output.torque, twist: output.angle,"
                        + " lost-motion-torque: 3 %, t1: 7 Nm, t2: 25 Nm}",
                "p.yaml:8:96: analysis[0].hysteresis.lost-motion-torque: '3 %' is a ratio, but a torque is needed here");
        assertRejected("  - transmission-error: {series: te, input: input.angle, output: output.angle, ratio: 100,"
                        + " output-orders: 0, input-orders: 0}",
                "p.yaml:8:5: analysis[0]: the spectrum needs at least one harmonic: 'output-orders' or 'input-orders'"
                        + " above 0");
        assertRejected("  - no-load-running-torque: {series: n, torque: input.torque, speed: input.speed,"
                        + " per: $speed}",
                "p.yaml:8:88: analysis[0].no-load-running-torque.per: names the loop variable whose value tags the"
                        + " readings (e.g. speed), found '$speed'");
        assertRejected("  - lifetime-trend: {block: block, every: 100 h, loop: {series: l, torque: output.torque,"
                        + " twist: output.angle, lost-motion-torque: 1.5 Nm, t1: 7 Nm, t2: 25 Nm, cycles: 2},"
                        + " no-load: {series: n, torque: input.torque}, temperature: {series: t,"
                        + " housing: housing.temperature, ambient: housing.ambient}}",
                "p.yaml:8:161: analysis[0].lifetime-trend.loop.cycles: unknown key 'cycles' (expected one of: series,"
                        + " torque, twist, lost-motion-percent, lost-motion-torque, t1, t2)");
        assertRejected("  - efficiency: {series: e, input-torque: input.torque, input-speed: input.speed,"
                        + " output-torque: output.torque, output-speed: output.speed, speed-per: speed,"
                        + " torque-per: load, judged-at: 70 %}",
                "p.yaml:8:188: analysis[0].efficiency.judged-at: '70 %' is a ratio, but a torque is needed here");
    }

    private static void assertRejected(String analysis, String message) {
        assertThatThrownBy(() -> RecordedRun.procedure(analysis, "")).isInstanceOf(InputException.class)
                .hasMessage(message);
    }
}
