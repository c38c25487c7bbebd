package org.testbench.rigs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;

class RigFileTest {

    private static final String VALID = String.join("\n",
            "rig: bench-1",
            "description: test rig",
            "devices:",
            "  arm:",
            "    type: robot",
            "    endpoint: opc.tcp://127.0.0.1:4840/x",
            "    signals:",
            "      target-x: {address: 'ns=2;s=X', unit: m, scale: 0.001}",
            "      target-y: {address: 'ns=2;s=Y', unit: mm}",
            "      target-z: {address: 'ns=2;s=Z', unit: mm, offset: 5}",
            "      target-a: {address: 'ns=2;s=A', unit: rad}",
            "      target-b: {address: 'ns=2;s=B', unit: deg}",
            "      target-c: {address: 'ns=2;s=C', unit: deg}",
            "      move-request: {address: 'ns=2;s=R', unit: '1'}",
            "      move-done: {address: 'ns=2;s=D', unit: '1'}",
            "      motion-state: {address: 'ns=2;s=S', unit: '1'}",
            "      speed-override: {address: 'ns=2;s=V', unit: '%'}",
            "      stop: {address: 'ns=2;s=T', unit: '1'}",
            "  lt:",
            "    type: pose-tracker",
            "    endpoint: opc.tcp://127.0.0.1:4841/y",
            "    model: AT960",
            "    serial: LT-7",
            "    calibration: {certificate: C-1, due: 2027-01-31, uncertainty: 0.015, uncertainty-unit: mm}",
            "    signals:",
            "      x: {address: 'ns=2;s=TX', unit: mm}",
            "      y: {address: 'ns=2;s=TY', unit: mm}",
            "      z: {address: 'ns=2;s=TZ', unit: mm}",
            "      a: {address: 'ns=2;s=TA', unit: deg}",
            "      b: {address: 'ns=2;s=TB', unit: deg}",
            "      c: {address: 'ns=2;s=TC', unit: deg}",
            "");

    private static final String STOP = "      stop: {address: 'ns=2;s=T', unit: '1'}\n";
    private static final String LOAD = STOP + String.join("\n",
            "      load-x: {address: 'ns=2;s=LX', unit: N}",
            "      load-y: {address: 'ns=2;s=LY', unit: N}",
            "      load-z: {address: 'ns=2;s=LZ', unit: N}",
            "      clock: {address: 'ns=2;s=K', unit: s}", "");

    private static RigDefinition parse(String text) throws InputException {
        return RigFile.parse(YamlDocument.parse(text, "rig.yaml"));
    }

    private static void assertRejected(String text, String expected) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(InputException.class).hasMessage(expected);
    }

    @Test
    void readsDevicesSignalsScalingAndCalibration() throws Exception {
        RigDefinition rig = parse(VALID);
        assertThat(rig.name()).isEqualTo("bench-1");
        assertThat(rig.devices()).containsOnlyKeys("arm", "lt");
        assertThat(rig.devicesOfType(DeviceType.ROBOT)).extracting(DeviceDefinition::name).containsExactly("arm");
        SignalDefinition x = rig.devices().get("arm").signal("target-x");
        // raw 1500 * 0.001 = 1.5 m = 1500 mm
        assertThat(x.toBase(1500)).isEqualTo(1500.0);
        assertThat(x.toRaw(1500)).isEqualTo(1500.0);
        assertThat(rig.devices().get("arm").signal("target-z").toBase(10)).isEqualTo(15.0);
        assertThat(rig.devices().get("arm").signal("target-a").toBase(Math.PI)).isEqualTo(180.0);
        InstrumentDefinition cal = rig.devices().get("lt").instrumentFor("x");
        assertThat(rig.devices().get("lt").instruments()).containsExactly(cal);
        assertThat(cal.measures()).as("the device is the instrument: it measures every signal").isEmpty();
        assertThat(cal.calibrationDue()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(cal.uncertainty()).isEqualTo(0.015);
        assertThat(cal.serial()).isEqualTo("LT-7");
        assertThat(rig.sha256()).hasSize(64);
    }

    @Test
    void theBundledSimulatedRigIsValid() throws Exception {
        RigDefinition rig = RigFile.load("sim-robot");
        assertThat(rig.file()).isEqualTo("classpath:rigs/sim-robot.yaml");
        assertThat(rig.devicesOfType(DeviceType.POSE_TRACKER)).hasSize(1);
        // The robot's controller clock is the rig's: procedures wait in simulated time.
        assertThat(rig.clock()).hasToString("robot.clock");
        RigDefinition moved = rig.withEndpoint("opc.tcp://127.0.0.1:4840/testbench", "opc.tcp://127.0.0.1:5000/testbench");
        assertThat(moved.devices().values()).allMatch(d -> d.endpoint().endsWith(":5000/testbench"));
    }

    /** The tracker's device also holds a 6-DoF probe measuring the orientation, with its own certificate. */
    private static final String PROBE = String.join("\n",
            "    instruments:",
            "      - model: T-Mac",
            "        serial: TM-3",
            "        measures: [a, b, c]",
            "        calibration: {certificate: C-2, due: 2027-03-31, uncertainty: 0.01, uncertainty-unit: deg}",
            "    signals:");

    @Test
    void aDeviceHoldsSeveralInstrumentsEachMeasuringItsSignals() throws Exception {
        RigDefinition rig = parse(VALID.replace("    calibration: {certificate: C-1, due: 2027-01-31, uncertainty: 0.015,"
                + " uncertainty-unit: mm}\n    signals:", "    calibration: {certificate: C-1, due: 2027-01-31,"
                + " uncertainty: 0.015, uncertainty-unit: mm}\n" + PROBE));
        DeviceDefinition lt = rig.devices().get("lt");

        assertThat(lt.instruments()).hasSize(2);
        // The device's own calibration covers every signal; a listed instrument the signals it measures,
        // and for those it is the one asked, being the more specific.
        assertThat(lt.instrumentFor("x").serial()).isEqualTo("LT-7");
        assertThat(lt.instrumentFor("a").serial()).isEqualTo("TM-3");
        assertThat(lt.instruments().get(1).measures()).containsExactly("a", "b", "c");
        assertThat(lt.instruments().get(1).uncertaintyUnit().symbol()).isEqualTo("deg");
    }

    @Test
    void anInstrumentMeasuringASignalTheDeviceLacksIsNamedWithLineAndColumn() {
        assertRejected(VALID.replace("    signals:\n      x: {address", PROBE.replace("[a, b, c]", "[a, q]")
                        + "\n      x: {address"),
                "rig.yaml:28:23: devices.lt.instruments[0].measures[1]: the device has no signal 'q' (its signals are:"
                        + " x, y, z, a, b, c)");
    }

    @Test
    void unknownKeyIsNamedWithLineAndColumn() {
        assertRejected(VALID.replace("    model: AT960", "    modle: AT960"),
                "rig.yaml:22:5: devices.lt.modle: unknown key 'modle' (expected one of: type, endpoint, model, serial,"
                        + " calibration, workspace, signals, instruments, credentials)");
    }

    @Test
    void unknownUnitIsNamed() {
        assertRejected(VALID.replace("unit: m, scale", "unit: meters, scale"),
                "rig.yaml:8:45: devices.arm.signals.target-x.unit: unknown unit 'meters' (known: mm, um, m, deg, rad, arcmin, arcsec, %, 1, N, Nm, degC, rpm, s, ms, min, h, A, V, mm/s, m/s, Nm/arcmin)");
    }

    @Test
    void unitOfTheWrongQuantityIsRejected() {
        assertRejected(VALID.replace("x: {address: 'ns=2;s=TX', unit: mm}", "x: {address: 'ns=2;s=TX', unit: deg}"),
                "rig.yaml:26:39: devices.lt.signals.x.unit: 'x' needs a unit of length, not 'deg'");
    }

    @Test
    void missingRoleIsRejected() {
        assertRejected(VALID.replace("      stop: {address: 'ns=2;s=T', unit: '1'}\n", ""),
                "rig.yaml:8:7: devices.arm.signals: a robot must map signal 'stop'");
    }

    @Test
    void signalForNoRoleIsRejected() {
        assertRejected(VALID.replace("      x: {address", "      q: {address"),
                "rig.yaml:26:7: devices.lt.signals.q: a pose-tracker has no signal 'q' (its signals are: x, y, z, a, b, c)");
    }

    @Test
    void duplicateKeyIsRejected() {
        assertThatThrownBy(() -> parse(VALID.replace("    serial: LT-7", "    serial: LT-7\n    serial: LT-8")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("rig.yaml:24:5")
                .hasMessageContaining("duplicate key");
    }

    @Test
    void badDateAndUnsupportedEndpointAreRejected() {
        assertRejected(VALID.replace("due: 2027-01-31", "due: 31.01.2027"),
                "rig.yaml:24:42: devices.lt.calibration.due: expected a date as yyyy-mm-dd, found '31.01.2027'");
        assertRejected(VALID.replace("opc.tcp://127.0.0.1:4841/y", "http://127.0.0.1/y"),
                "rig.yaml:21:15: devices.lt.endpoint: no protocol for endpoint http://127.0.0.1/y"
                        + " (supported: opc.tcp://, modbus-tcp://)");
    }

    @Test
    void aRobotMayDeclareItsWorkspaceAsABox() throws Exception {
        RigDefinition rig = parse(VALID.replace("    endpoint: opc.tcp://127.0.0.1:4840/x\n",
                "    endpoint: opc.tcp://127.0.0.1:4840/x\n    workspace: {min: [-1000, -1000, 0], max: [1000, 1000, 1500]}\n"));
        Workspace w = rig.devices().get("arm").workspace();
        assertThat(w.contains(new org.testbench.standards.geometry.Vector3(1000, 0, 1500))).isTrue();
        assertThat(w.contains(new org.testbench.standards.geometry.Vector3(1000.001, 0, 0))).isFalse();
        assertRejected(VALID.replace("    endpoint: opc.tcp://127.0.0.1:4840/x\n",
                        "    endpoint: opc.tcp://127.0.0.1:4840/x\n    workspace: {min: [0, 0, 0], max: [1000, -5, 1500]}\n"),
                "rig.yaml:7:16: devices.arm.workspace: workspace min must lie below max on every axis, found min"
                        + " (0.000, 0.000, 0.000) max (1000.000, -5.000, 1500.000)");
    }

    @Test
    void addressesAreCheckedInTheirProtocolsSyntax() {
        assertThatThrownBy(() -> parse(VALID.replace("target-y: {address: 'ns=2;s=Y'", "target-y: {address: 'ns=2;q=Y'")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("rig.yaml:9:27: devices.arm.signals.target-y.address: malformed NodeId");
    }

    @Test
    void malformedYamlNamesTheLine() {
        assertThatThrownBy(() -> parse("rig: a\ndevices: [unclosed\n"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("rig.yaml:3:1: not valid YAML");
    }

    @Test
    void unknownBundledRigListsNothingMisleading() {
        assertThatThrownBy(() -> RigFile.load("no-such-rig"))
                .isInstanceOf(InputException.class)
                .hasMessage("no-such-rig: no such file, and no bundled rigs file of that name");
    }

    private static final String WITH_CLOCK = String.join("\n",
            "rig: reducer-bench",
            "devices:",
            "  output:",
            "    type: generic",
            "    endpoint: modbus-tcp://127.0.0.1:1502",
            "    signals:",
            "      torque: {address: 'input:0:float64', unit: Nm}",
            "  bench:",
            "    type: generic",
            "    endpoint: modbus-tcp://127.0.0.1:1502",
            "    signals:",
            "      sim-time: {address: 'input:8:float64', unit: s}",
            "clock: bench.sim-time",
            "");

    @Test
    void aClockNamesAGenericDevicesTimeSignal() throws Exception {
        RigDefinition rig = parse(WITH_CLOCK);
        assertThat(rig.clock()).isEqualTo(new SignalName("bench", "sim-time"));
        assertThat(rig.withEndpoint("modbus-tcp://127.0.0.1:1502", "modbus-tcp://127.0.0.1:2502").clock())
                .isEqualTo(rig.clock());
        assertThat(parse(VALID).clock()).isNull();
    }

    @Test
    void aClockThatIsNoTimeSignalOfAGenericDeviceIsRejected() {
        assertRejected(WITH_CLOCK.replace("clock: bench.sim-time", "clock: bench.sim-tim"),
                "rig.yaml:13:8: clock: device bench has no signal 'sim-tim' (its signals: sim-time)");
        assertRejected(WITH_CLOCK.replace("clock: bench.sim-time", "clock: output.torque"),
                "rig.yaml:13:8: clock: the clock must count time (unit s, ms, min or h), output.torque is in 'Nm'");
        assertRejected(WITH_CLOCK.replace("clock: bench.sim-time", "clock: bench2.sim-time"),
                "rig.yaml:13:8: clock: the clock must be a signal of a generic device or a robot's clock, and"
                        + " 'bench2.sim-time' is no device of this rig");
        assertRejected(WITH_CLOCK.replace("clock: bench.sim-time", "clock: sim-time"),
                "rig.yaml:13:8: clock: expected device.signal with a device name of letters, digits, '_' and '-' and"
                        + " a signal name of lower-case letters, digits and '-' (e.g. output.torque), found 'sim-time'");
    }

    @Test
    void optionalSignalsOfferCapabilitiesAndTheRestIsRefusedClearly() throws Exception {
        DeviceDefinition plain = parse(VALID).devices().get("arm");
        DeviceDefinition loaded = parse(VALID.replace(STOP, LOAD)).devices().get("arm");

        assertThat(plain.has(Capability.LOAD)).isFalse();
        assertThat(loaded.has(Capability.LOAD)).isTrue();
        assertThat(loaded.has(Capability.CLOCK)).isTrue();
        assertThat(loaded.has(Capability.PATH)).isFalse();
        assertThatThrownBy(() -> loaded.require(Capability.PATH))
                .hasMessage("robot 'arm' cannot follow paths: its rig file maps none of the optional signals path-type,"
                        + " path-x, path-y, path-z, path-a, path-b, path-c, path-speed, path-request, path-done");
        assertThat(parse(VALID).devices().get("lt").has(Capability.CLOCK)).as("a tracker has no optional signals")
                .isFalse();
    }

    @Test
    void halfACapabilityOrAWrongUnitIsRejected() {
        assertRejected(VALID.replace(STOP, STOP + "      path-type: {address: 'ns=2;s=PT', unit: '1'}\n"),
                "rig.yaml:8:7: devices.arm.signals: a robot that can follow paths must map all of its signals, missing:"
                        + " path-x, path-y, path-z, path-a, path-b, path-c, path-speed, path-request, path-done");
        assertRejected(VALID.replace(STOP, LOAD.replace("unit: s}", "unit: mm}")),
                "rig.yaml:22:42: devices.arm.signals.clock.unit: 'clock' needs a unit of time, not 'mm'");
    }
}
