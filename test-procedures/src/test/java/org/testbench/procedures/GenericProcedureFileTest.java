package org.testbench.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.procedures.binding.Binding;
import org.testbench.procedures.execution.GenericBenchFiles;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.step.StepContext;
import org.testbench.rigs.Dut;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.RigDefinition;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;

/** Parsing and checking of the generic-device steps, expressions and analysis arguments, before anything connects. */
class GenericProcedureFileTest {

    private static final String PROCEDURE = GenericBenchFiles.PROCEDURE;
    private static final String RIG = GenericBenchFiles.RIG;
    private static final String DUT = GenericBenchFiles.DUT;

    private static Procedure parse(String text) throws InputException {
        return ProcedureFile.parse(YamlDocument.parse(text, "p.yaml"));
    }

    private static void assertRejected(String text, String expected) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(InputException.class).hasMessage(expected);
    }

    static Binding binding(Procedure p, String rig, String dut, Map<String, String> overrides) throws InputException {
        RigDefinition r = RigFile.parse(YamlDocument.parse(rig, "rig.yaml"));
        Dut d = DutFile.parse(YamlDocument.parse(dut, "dut.yaml"), ProcedureAnalysis.ratable());
        return new Binding(Parameters.bind(p.parameters(), overrides, "-p"), r, d);
    }

    private static void assertUnbound(String procedure, String rig, String dut, Map<String, String> overrides,
                                      String expected) throws InputException {
        Procedure p = parse(procedure);
        assertThatThrownBy(() -> p.check(binding(p, rig, dut, overrides))).isInstanceOf(InputException.class)
                .hasMessage(expected);
    }

    @Test
    void aProcedureOnGenericDevicesParsesAndBinds() throws Exception {
        Procedure p = parse(PROCEDURE);
        p.check(binding(p, RIG, DUT, Map.of()));
        assertThat(p.requiredDevices()).isEmpty();
        assertThat(p.analyses()).hasSize(1);
        StepContext context = new StepContext(Parameters.bind(p.parameters(), Map.of(), "-p"), Map.of(), null, null,
                new RunListener() { });
        // set + ramp + 10 blocks x (dwell + 2 x (set + measure) + checkpoint) + wait-until + set
        assertThat(p.plannedLeaves(context)).isEqualTo(1 + 1 + 10 * (1 + 2 * 2 + 1) + 1 + 1);
        assertThat(p.main().get(1).describe()).isEqualTo("repeat $hours / $every times as $block");
    }

    @Test
    void signalsAreCheckedAgainstTheRigBeforeAnythingConnects() throws Exception {
        assertUnbound(PROCEDURE.replace("{output.torque-command: $load}", "{outptu.torque-command: $load}"), RIG, DUT,
                Map.of(), "p.yaml:22:23: main[1].repeat.steps[1].for-each.steps[0].set.outptu.torque-command: rig bench"
                        + " (rig.yaml) has no generic device 'outptu' (its generic devices: input, output, housing)");
        assertUnbound(PROCEDURE.replace("signal: output.torque,", "signal: output.torq,"), RIG, DUT, Map.of(),
                "p.yaml:29:41: analysis[0].series-mean.signal: device output of rig bench (rig.yaml) has no signal"
                        + " 'torq' (its signals: enable, torque-command, torque, angle)");
        assertUnbound(PROCEDURE.replace("'abs(input.speed) > 1 rpm'", "'abs(input.sped) > 1 rpm'"), RIG, DUT, Map.of(),
                "p.yaml:12:158: main[0].ramp.until: device input of rig bench (rig.yaml) has no signal 'sped'"
                        + " (its signals: speed)");
        assertUnbound(PROCEDURE.replace("{output.enable: 1, output.torque-command: 0 Nm}",
                        "{output.enable: 1, output.torque: 0 Nm}"), RIG, DUT, Map.of(),
                "p.yaml:10:29: setup[0].set.output.torque: output.torque is read-only in rig bench (rig.yaml:"
                        + " input:4:float64)");
        String tracker = RIG.replace("    type: generic\n    endpoint: modbus-tcp://127.0.0.1:1502\n    signals:\n"
                + "      speed: {address: 'input:0:float64', unit: rpm}", "    type: pose-tracker\n"
                + "    endpoint: modbus-tcp://127.0.0.1:1502\n    signals:\n"
                + "      x: {address: 'input:0:float64', unit: mm}\n      y: {address: 'input:4:float64', unit: mm}\n"
                + "      z: {address: 'input:8:float64', unit: mm}\n      a: {address: 'input:12:float64', unit: deg}\n"
                + "      b: {address: 'input:16:float64', unit: deg}\n      c: {address: 'input:20:float64', unit: deg}");
        assertUnbound(PROCEDURE, tracker, DUT, Map.of(), "p.yaml:12:158: main[0].ramp.until: rig bench (rig.yaml) has no"
                + " generic device 'input', it is a pose-tracker (its generic devices: output, housing)");
        assertUnbound(PROCEDURE.replace("to: $max-torque", "to: 5 s"), RIG, DUT, Map.of(),
                "p.yaml:12:56: main[0].ramp.to: '5 s' is a time, but output.torque-command is a torque (Nm)");
        assertUnbound(PROCEDURE.replace("'housing.temperature < 40 degC'", "'housing.temperature < 40 rpm'"), RIG, DUT,
                Map.of(), "p.yaml:25:29: main[2].wait-until.condition: '40 rpm' is a rotational speed, but"
                        + " housing.temperature is a temperature (degC)");
    }

    @Test
    void dutPropertiesAndComputedCountsAreCheckedWithBothFiles() throws Exception {
        assertUnbound(PROCEDURE, RIG, "manufacturer: M\nmodel: HD-20\nserial: S-1\nproperties: {ratio: 100}\n",
                Map.of(), "p.yaml:19:29: main[1].repeat.steps[1].for-each.values[1]: needs DUT property 'rated-torque',"
                        + " which the DUT file dut.yaml lacks (its properties: ratio)");
        assertUnbound(PROCEDURE, RIG, "manufacturer: M\nmodel: HD-20\nserial: S-1\nproperties: {rated-torque: 50 s,"
                        + " ratio: 100}\n", Map.of(),
                "p.yaml:19:29: main[1].repeat.steps[1].for-each.values[1]: '0.5 * $dut.rated-torque' is of another"
                        + " quantity than the values before it: a loop variable holds one quantity");
        assertUnbound(PROCEDURE, RIG, DUT, Map.of("hours", "250"),
                "p.yaml:14:14: main[1].repeat.times: '$hours / $every' must be a whole number, it is 2.5 with these"
                        + " parameters and this DUT");
        assertUnbound(PROCEDURE, RIG, DUT, Map.of("hours", "0"),
                "p.yaml:14:14: main[1].repeat.times: '$hours / $every' must lie in [1, 1000000000], it is 0"
                        + " with these parameters and this DUT");
        // 0.3 h / 0.1 h is 2.9999999999999996 in binary floating point: still three blocks.
        Procedure p = parse(PROCEDURE);
        Binding thirds = binding(p, RIG, DUT, Map.of("hours", "0.3", "every", "0.1"));
        p.check(thirds);
        assertThat(p.plannedLeaves(StepContext.builder(thirds.parameters(), new RunListener() { }).build()))
                .isEqualTo(1 + 1 + 3 * (1 + 2 * 2 + 1) + 1 + 1);
    }

    @Test
    void everyNewStepFormIsCheckedWhereItIsWritten() {
        assertRejected(PROCEDURE.replace("{output.enable: 1, output.torque-command: 0 Nm}", "{enable: 1}"),
                "p.yaml:10:11: setup[0].set.enable: expected device.signal with a device name of letters, digits, '_'"
                        + " and '-' and a signal name of lower-case letters, digits and '-' (e.g. output.torque),"
                        + " found 'enable'");
        assertRejected(PROCEDURE.replace("{output.enable: 1, output.torque-command: 0 Nm}", "{}"),
                "p.yaml:10:5: setup[0]: set needs at least one 'device.signal: value'");
        assertRejected(PROCEDURE.replace("step: 0.5 Nm,", "step: 0.5 Nm, points: 10,"),
                "p.yaml:12:5: main[0]: a ramp needs either 'points' or 'step', not both");
        assertRejected(PROCEDURE.replace(" series: loop, until", " until"),
                "p.yaml:12:5: main[0]: 'measure' and 'series' go together: the readings of a ramp belong to a series");
        assertRejected(PROCEDURE.replace("dwell: 50 ms", "dwell: 50"),
                "p.yaml:12:90: main[0].ramp.dwell: '50' is a number, but a time is needed here (e.g. '5 s', '10 min',"
                        + " '2 h')");
        assertRejected(PROCEDURE.replace("samples: 3,", "samples: $block,"),
                "p.yaml:23:76: main[1].repeat.steps[1].for-each.steps[1].measure.samples: '$block' uses a loop variable;"
                        + " a count must be known before the run starts");
        assertRejected(PROCEDURE.replace("samples: 3,", "samples: $load,"),
                "p.yaml:23:76: main[1].repeat.steps[1].for-each.steps[1].measure.samples: '$load' is a torque, but a"
                        + " number is needed here");
        assertRejected(PROCEDURE.replace("series: stiffness", "series: Stiffness"),
                "p.yaml:23:102: main[1].repeat.steps[1].for-each.steps[1].measure.series: a series name is lower-case"
                        + " letters, digits and '-', found 'Stiffness'");
        assertRejected(PROCEDURE.replace("[output.torque, output.angle], samples", "[output.torque, output.torque], samples"),
                "p.yaml:23:52: main[1].repeat.steps[1].for-each.steps[1].measure.signals[1]: output.torque is listed twice");
        assertRejected(PROCEDURE.replace("values: [10 Nm, 0.5 * $dut.rated-torque]", "values: [10 Nm, 2 s]"),
                "p.yaml:19:29: main[1].repeat.steps[1].for-each.values[1]: '2 s' is of another quantity than the"
                        + " values before it: a loop variable holds one quantity");
    }

    @Test
    void conditionsDurationsCheckpointsAndAnalysesAreCheckedToo() {
        assertRejected(PROCEDURE.replace("'housing.temperature < 40 degC'", "'housing.temperature is cold'"),
                "p.yaml:25:29: main[2].wait-until.condition: expected 'device.signal op value' or 'abs(device.signal)"
                        + " op value' with op one of <, <=, >, >= (e.g. 'input.speed > 1 rpm'), found"
                        + " 'housing.temperature is cold'");
        assertRejected(PROCEDURE.replace(", timeout: 2 h}", "}"),
                "p.yaml:25:17: main[2].wait-until: missing required key 'timeout'");
        assertRejected(PROCEDURE.replace("{duration: $every}", "{duration: $every, seconds: 3}"),
                "p.yaml:17:11: main[1].repeat.steps[0]: a dwell takes 'seconds' or 'duration', not both");
        assertRejected(PROCEDURE.replace("{duration: $every}", "{duration: $evrey}"),
                "p.yaml:17:29: main[1].repeat.steps[0].dwell.duration: unknown reference '$evrey' (known: $block,"
                        + " $every, $hours, $max-torque, and $dut.<property>)");
        assertRejected(PROCEDURE.replace("  - wait-until", "  - checkpoint: {name: block-done}\n  - wait-until"),
                "p.yaml:25:24: main[2].checkpoint.name: checkpoint 'block-done' is already named at p.yaml:24:30");
        assertRejected(PROCEDURE.replace("scale: $dut.ratio / 100}", "scale: $dut.ratio / 100, band: 3 %}"),
                "p.yaml:29:81: analysis[0].series-mean.band: unknown key 'band' (expected one of: series, signal, scale)");
        assertRejected(PROCEDURE.replace("scale: $dut.ratio / 100}", "scale: 1 h}"),
                "p.yaml:29:63: analysis[0].series-mean.scale: '1 h' is a time, but a number is needed here");
        assertRejected(PROCEDURE.replace("  - series-mean:", "  - series-median:"),
                "p.yaml:29:5: analysis[0]: unknown analysis 'series-median' (known: back-driving-torque,"
                        + " corner-deviation, distance-accuracy, efficiency, hysteresis, lifetime-trend, multi-directional-pose-accuracy, no-load-running-torque,"
                        + " path-accuracy, path-velocity, pose-accuracy, pose-drift, pose-repeatability, pose-stabilization, series-mean, starting-torque,"
                        + " static-compliance,"
                        + " temperature-rise, transmission-error)");
    }
}
