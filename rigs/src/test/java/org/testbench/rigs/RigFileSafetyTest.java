package org.testbench.rigs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;

/** Safety limits and the rates they are checked at, as rig files declare them. */
class RigFileSafetyTest {

    /** A generic Modbus device; line 7 is the signal under test, its value starting at column 15. */
    private static String generic(String signal) {
        return String.join("\n",
                "rig: bench-2",
                "devices:",
                "  drive:",
                "    type: generic",
                "    endpoint: modbus-tcp://127.0.0.1:502",
                "    signals:",
                "      torque: " + signal,
                "");
    }

    private static RigDefinition parse(String text) throws InputException {
        return RigFile.parse(YamlDocument.parse(text, "rig.yaml"));
    }

    private static SignalDefinition torque(String signal) throws InputException {
        return parse(generic(signal)).devices().get("drive").signal("torque");
    }

    private static void assertRejected(String text, String expected) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(InputException.class).hasMessage(expected);
    }

    @Test
    void limitsAreInTheSignalsUnitAndCheckedAtTheirRate() throws Exception {
        SignalDefinition s = torque("{address: 'input:0:int16', unit: Nm, scale: 0.1, limits: {min: -60, max: 60},"
                + " rate: 40 Hz}");
        assertThat(s.limits()).isEqualTo(new Limits(-60.0, 60.0));
        assertThat(s.period()).isEqualTo(Duration.ofMillis(25));
        // raw 600 * 0.1 = 60 Nm is the limit itself, still inside; raw 601 is 60.1 Nm, outside
        assertThat(s.limits().contains(s.toUnit(600))).isTrue();
        assertThat(s.limits().contains(s.toUnit(601))).isFalse();
        assertThat(s.limits().describe("Nm")).isEqualTo("-60..60 Nm");
    }

    @Test
    void eitherEndMayBeOpenAndAPeriodMayReplaceTheRate() throws Exception {
        SignalDefinition s = torque("{address: 'input:0:int16', unit: Nm, limits: {max: 12.5}, period: 0.1 s}");
        assertThat(s.limits()).isEqualTo(new Limits(null, 12.5));
        assertThat(s.period()).isEqualTo(Duration.ofMillis(100));
        assertThat(s.limits().contains(-1e9)).isTrue();
        assertThat(s.limits().describe("Nm")).isEqualTo("at most 12.5 Nm");
        assertThat(torque("{address: 'input:0:int16', unit: Nm, limits: {min: 0}, period: 20 ms}").limits()
                .describe("Nm")).isEqualTo("at least 0 Nm");
    }

    @Test
    void aLimitWrittenInAnotherUnitOfTheSameQuantityIsConverted() throws Exception {
        String rig = generic("{address: 'input:0:int16', unit: Nm}").replace("      torque: {address: 'input:0:int16', unit: Nm}",
                "      angle: {address: 'input:1:int16', unit: rad, limits: {min: -90 deg, max: 90 deg}, rate: 10 Hz}");
        Limits limits = parse(rig).devices().get("drive").signal("angle").limits();
        assertThat(limits.minimum()).isCloseTo(-Math.PI / 2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(limits.maximum()).isCloseTo(Math.PI / 2, org.assertj.core.api.Assertions.within(1e-12));
        assertRejected(generic("{address: 'input:0:int16', unit: Nm, limits: {max: 60 mm}, rate: 10 Hz}"),
                "rig.yaml:7:66: devices.drive.signals.torque.limits.max: 'mm' is not a unit of torque, the signal's"
                        + " unit is 'Nm'");
    }

    @Test
    void emptyOrReversedLimitsAreRejected() {
        assertRejected(generic("{address: 'input:0:int16', unit: Nm, limits: {min: 60, max: -60}, rate: 10 Hz}"),
                "rig.yaml:7:60: devices.drive.signals.torque.limits: min 60 must lie below max -60");
        assertRejected(generic("{address: 'input:0:int16', unit: Nm, limits: {min: 5, max: 5}, rate: 10 Hz}"),
                "rig.yaml:7:60: devices.drive.signals.torque.limits: min 5 must lie below max 5");
        assertRejected(generic("{address: 'input:0:int16', unit: Nm, limits: {}, rate: 10 Hz}"),
                "rig.yaml:7:60: devices.drive.signals.torque.limits: limits need min, max or both");
        assertRejected(generic("{address: 'input:0:int16', unit: Nm, limits: {maximum: 5}, rate: 10 Hz}"),
                "rig.yaml:7:61: devices.drive.signals.torque.limits.maximum: unknown key 'maximum' (expected one of:"
                        + " min, max)");
        assertRejected(generic("{address: 'input:0:int16', unit: Nm, limits: {max: lots}, rate: 10 Hz}"),
                "rig.yaml:7:66: devices.drive.signals.torque.limits.max: expected a number, found 'lots'");
    }

    @Test
    void limitsNeedARateAndARateNeedsLimits() {
        assertRejected(generic("{address: 'input:0:int16', unit: Nm, limits: {max: 60}}"),
                "rig.yaml:7:52: devices.drive.signals.torque.limits: limits need 'rate' (e.g. 100 Hz) or 'period'"
                        + " (e.g. 10 ms): how often they are checked while a run executes");
        assertRejected(generic("{address: 'input:0:int16', unit: Nm, rate: 10 Hz}"),
                "rig.yaml:7:52: devices.drive.signals.torque.rate: 'rate' says how often the signal's limits are"
                        + " checked, and it has no 'limits'");
        assertRejected(generic("{address: 'input:0:int16', unit: Nm, limits: {max: 60}, rate: 10 Hz, period: 100 ms}"),
                "rig.yaml:7:84: devices.drive.signals.torque.period: give 'rate' or 'period', not both");
    }

    @Test
    void ratesMustBePositiveAndWithinWhatTheProtocolSamples() {
        assertRejected(generic("{address: 'input:0:int16', unit: Nm, limits: {max: 60}, rate: 0 Hz}"),
                "rig.yaml:7:77: devices.drive.signals.torque.rate: must be a positive, finite rate or period, found"
                        + " '0 Hz'");
        assertRejected(generic("{address: 'input:0:int16', unit: Nm, limits: {max: 60}, rate: -5 Hz}"),
                "rig.yaml:7:77: devices.drive.signals.torque.rate: must be a positive, finite rate or period, found"
                        + " '-5 Hz'");
        assertRejected(generic("{address: 'input:0:int16', unit: Nm, limits: {max: 60}, rate: 100}"),
                "rig.yaml:7:77: devices.drive.signals.torque.rate: expected a rate such as '100 Hz', found '100'");
        assertRejected(generic("{address: 'input:0:int16', unit: Nm, limits: {max: 60}, rate: 100 rpm}"),
                "rig.yaml:7:77: devices.drive.signals.torque.rate: unknown rate unit 'rpm' (known: Hz, kHz)");
        assertRejected(generic("{address: 'input:0:int16', unit: Nm, limits: {max: 60}, period: 10 min}"),
                "rig.yaml:7:79: devices.drive.signals.torque.period: unknown period unit 'min' (known: s, ms, us)");
        // Modbus is polled at most 50 times a second; OPC UA sampled at most 100 times.
        assertRejected(generic("{address: 'input:0:int16', unit: Nm, limits: {max: 60}, rate: 100 Hz}"),
                "rig.yaml:7:77: devices.drive.signals.torque.rate: 100 Hz (every 10 ms) is faster than a modbus-tcp"
                        + " device is sampled: at most 50 Hz (every 20 ms)");
        assertRejected(generic("{address: 'ns=2;s=T', unit: Nm, limits: {max: 60}, period: 5 ms}")
                        .replace("modbus-tcp://127.0.0.1:502", "opc.tcp://127.0.0.1:4840/x"),
                "rig.yaml:7:74: devices.drive.signals.torque.period: 200 Hz (every 5 ms) is faster than a opc.tcp"
                        + " device is sampled: at most 100 Hz (every 10 ms)");
    }

    @Test
    void aSupervisedWorkspaceIsCheckedOnEveryTrackersPosition() throws Exception {
        RigDefinition rig = RigFile.load("sim-robot");
        Workspace box = rig.devices().get("robot").workspace();
        assertThat(box.period()).isEqualTo(Duration.ofMillis(20));
        assertThat(rig.devices().get("robot").signal("speed-override").limits()).isEqualTo(new Limits(null, 100.0));

        String withoutTracker = rig.text().substring(0, rig.text().indexOf("  tracker:"));
        assertThatThrownBy(() -> RigFile.parse(YamlDocument.parse(withoutTracker, "rig.yaml")))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("devices.robot.workspace.rate: the workspace is checked on the position a pose"
                        + " tracker measures, and the rig has no pose-tracker");
        String tooFast = rig.text().replace("rate: 50 Hz}", "rate: 1 kHz}");
        assertThatThrownBy(() -> RigFile.parse(YamlDocument.parse(tooFast, "rig.yaml")))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("devices.robot.workspace.rate: 1000 Hz (every 1 ms) is faster than a opc.tcp"
                        + " device is sampled: at most 100 Hz (every 10 ms)");
    }
}
