package org.testbench.rigs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.PeerProcess;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.safety.SafetySupervisor;
import org.testbench.rigs.safety.SafetyTrip;
import org.testbench.rigs.yaml.YamlDocument;

/**
 * A rig of generic devices whose every signal is on pymodbus, an independent Modbus server (see
 * {@code rig_peer.py} for its layout): every data type and word order of the Modbus address
 * syntax, in all four tables. {@link Rig#connect} and {@link Rig#read} must return what the peer
 * holds, and {@link Rig#write} must land in the peer, as pymodbus's own client reads it back; the
 * safety supervisor polls a limited register.
 * Fails, never skips, when /usr/bin/python3 cannot run pymodbus.
 */
class RigModbusIT {

    private static final String PYTHON = "/usr/bin/python3";

    private String script;
    private int port;
    private PeerProcess peer;

    /** A fresh peer per test, so that one test's writes are not another's starting values. */
    @BeforeEach
    void startThePeer() throws Exception {
        script = PeerProcess.resource(RigModbusIT.class, "/modbus/rig_peer.py").toString();
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        peer = PeerProcess.start("pymodbus rig peer on 127.0.0.1:" + port,
                new ProcessBuilder(PYTHON, script, "serve", String.valueOf(port)), "ready ", 30,
                "apt-get install python3-pymodbus");
    }

    @AfterEach
    void stopThePeer() {
        peer.close();
    }

    /** Signal name, address, unit and scaling of the drive, a generic device on the peer's registers. */
    private static final String[][] REGISTERS = {
        {"h-int16", "holding:0:int16", "Nm", "scale: 0.1"},
        {"h-uint16", "holding:1:uint16", "rpm", ""},
        {"h-int32", "holding:2:int32", "1", ""},
        {"h-int32-little", "holding:4:int32:little", "1", ""},
        {"h-uint32", "holding:6:uint32", "1", ""},
        {"h-uint32-little", "holding:8:uint32:little", "1", ""},
        {"h-float32", "holding:10:float32", "degC", "offset: 10"},
        {"h-float32-little", "holding:12:float32:little", "A", ""},
        {"h-float64", "holding:14:float64", "rad", ""},
        {"h-float64-little", "holding:18:float64:little", "V", ""},
        {"i-int16", "input:0:int16", "1", ""},
        {"i-uint16", "input:1:uint16", "1", ""},
        {"i-int32", "input:2:int32", "1", ""},
        {"i-int32-little", "input:4:int32:little", "1", ""},
        {"i-uint32", "input:6:uint32", "1", ""},
        {"i-uint32-little", "input:8:uint32:little", "1", ""},
        {"i-float32", "input:10:float32", "N", ""},
        {"i-float32-little", "input:12:float32:little", "N", "scale: -2"},
        {"i-float64", "input:14:float64", "s", ""},
        {"i-float64-little", "input:18:float64:little", "1", ""},
    };

    private RigDefinition rig() throws Exception {
        return RigFile.parse(YamlDocument.parse(rigText(), "modbus-bench.yaml"));
    }

    private String rigText() {
        List<String> lines = new ArrayList<>(List.of("rig: modbus-bench", "devices:",
                "  drive:", "    type: generic", "    endpoint: modbus-tcp://127.0.0.1:" + port + "?unit-id=1",
                "    signals:"));
        for (String[] s : REGISTERS) {
            lines.add("      " + s[0] + ": {address: '" + s[1] + "', unit: '" + s[2] + "'" + (s[3].isEmpty() ? "" : ", " + s[3])
                    + "}");
        }
        lines.addAll(List.of("  io:", "    type: generic", "    endpoint: modbus-tcp://127.0.0.1:" + port,
                "    signals:"));
        for (int i = 0; i < 4; i++) {
            lines.add("      coil-" + i + ": {address: 'coil:" + i + ":bool', unit: '1'}");
            lines.add("      discrete-" + i + ": {address: 'discrete:" + i + ":bool', unit: '1'}");
        }
        return String.join("\n", lines) + "\n";
    }

    private static List<String> names(String prefix) {
        List<String> names = new ArrayList<>();
        for (String[] s : REGISTERS) {
            if (s[0].startsWith(prefix)) {
                names.add(s[0]);
            }
        }
        return names;
    }

    private static Unit unitOf(String signal) {
        for (String[] s : REGISTERS) {
            if (s[0].equals(signal)) {
                return Unit.of(s[2]);
            }
        }
        throw new IllegalArgumentException(signal);
    }

    private static Map<String, Double> read(Rig rig, String device, List<String> signals) throws ChannelException {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Sample s : rig.read(device, signals)) {
            assertThat(s.good()).as(s.signal()).isTrue();
            values.put(s.signal(), s.value());
        }
        return values;
    }

    @Test
    void everySignalReadsWhatThePeerHolds() throws Exception {
        try (Rig rig = Rig.connect(rig())) {
            Map<String, Double> registers = read(rig, "drive", names(""));
            // raw -1234 * 0.1 Nm; the float32 1.5 + offset 10 degC; the others as pymodbus encoded them
            assertThat(registers.get("h-int16")).isCloseTo(-123.4, within(1e-12));
            assertThat(registers).containsEntry("h-uint16", 54321.0).containsEntry("h-int32", -123456789.0)
                    .containsEntry("h-int32-little", 987654321.0).containsEntry("h-uint32", 3_000_000_000.0)
                    .containsEntry("h-uint32-little", 4_000_000_001.0).containsEntry("h-float32", 11.5)
                    .containsEntry("h-float32-little", -2.25).containsEntry("h-float64", Math.PI)
                    .containsEntry("h-float64-little", -1234.5678);
            assertThat(registers).containsEntry("i-int16", -5.0).containsEntry("i-uint16", 65535.0)
                    .containsEntry("i-int32", 2147483647.0).containsEntry("i-int32-little", -2147483648.0)
                    .containsEntry("i-uint32", 1.0).containsEntry("i-uint32-little", 4294967295.0)
                    .containsEntry("i-float32", 0.5).containsEntry("i-float32-little", -200.5)
                    .containsEntry("i-float64", -0.125).containsEntry("i-float64-little", 6.02214076e23);

            Map<String, Double> bits = read(rig, "io", List.of("coil-0", "coil-1", "coil-2", "coil-3",
                    "discrete-0", "discrete-1", "discrete-2", "discrete-3"));
            assertThat(bits.values()).containsExactly(1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0, 0.0);
        }
    }

    @Test
    void writesOfTheWritableSignalsLandInThePeer() throws Exception {
        Map<String, Double> written = new LinkedHashMap<>();
        written.put("h-int16", -50.0);            // raw -500
        written.put("h-uint16", 40000.0);
        written.put("h-int32", -7654321.0);
        written.put("h-int32-little", 123456.0);
        written.put("h-uint32", 4294967295.0);
        written.put("h-uint32-little", 2.0);
        written.put("h-float32", 13.75);          // raw 3.75
        written.put("h-float32-little", 0.375);
        written.put("h-float64", -0.0025);
        written.put("h-float64-little", 1e100);
        try (Rig rig = Rig.connect(rig())) {
            for (Map.Entry<String, Double> w : written.entrySet()) {
                // Devices are written in the base unit of the signal's quantity (h-float64 is in rad: deg on the way in).
                rig.signals("drive").write(w.getKey(), unitOf(w.getKey()).toBase(w.getValue()));
            }
            rig.signals("io").write("coil-0", 0);
            rig.signals("io").write("coil-1", 1);
            assertThatThrownBy(() -> rig.signals("drive").write("i-int16", 1.0)).isInstanceOf(DeviceException.class)
                    .hasMessage("drive.i-int16 (input:0:int16) is read-only");
            assertThatThrownBy(() -> rig.signals("drive").write("h-int16", 0.05)).isInstanceOf(DeviceException.class)
                    .hasMessageContaining("holds whole numbers");

            assertThat(read(rig, "drive", List.copyOf(written.keySet()))).allSatisfy((name, value) ->
                    assertThat(value).as(name).isCloseTo(written.get(name), within(1e-12)));
        }

        Map<String, String> peerHolds = pymodbusReads("holding:0:int16", "holding:1:uint16", "holding:2:int32",
                "holding:4:int32:little", "holding:6:uint32", "holding:8:uint32:little", "holding:10:float32",
                "holding:12:float32:little", "holding:14:float64", "holding:18:float64:little", "input:0:int16",
                "coil:0:bool", "coil:1:bool", "coil:2:bool", "discrete:0:bool", "discrete:1:bool");
        assertThat(peerHolds).containsExactly(
                Map.entry("holding:0:int16", "-500"), Map.entry("holding:1:uint16", "40000"),
                Map.entry("holding:2:int32", "-7654321"), Map.entry("holding:4:int32:little", "123456"),
                Map.entry("holding:6:uint32", "4294967295"), Map.entry("holding:8:uint32:little", "2"),
                Map.entry("holding:10:float32", "3.75"), Map.entry("holding:12:float32:little", "0.375"),
                Map.entry("holding:14:float64", "-0.0025"), Map.entry("holding:18:float64:little", "1e+100"),
                // the refused writes changed nothing
                Map.entry("input:0:int16", "-5"),
                Map.entry("coil:0:bool", "False"), Map.entry("coil:1:bool", "True"), Map.entry("coil:2:bool", "True"),
                Map.entry("discrete:0:bool", "False"), Map.entry("discrete:1:bool", "True"));
    }

    @Test
    void theSafetySupervisorPollsALimitedRegisterAndTripsWhenAWriteLeavesTheLimits() throws Exception {
        String limited = rigText().replace("unit: 'Nm', scale: 0.1}",
                "unit: 'Nm', scale: 0.1, limits: {min: -130, max: 60}, rate: 50 Hz}");
        CompletableFuture<SafetyTrip> tripped = new CompletableFuture<>();
        try (Rig rig = Rig.connect(RigFile.parse(YamlDocument.parse(limited, "modbus-bench.yaml")));
             SafetySupervisor supervisor = SafetySupervisor.start(rig, tripped::complete)) {
            assertThat(supervisor.trip()).as("-123.4 Nm lies inside -130..60 Nm").isEmpty();

            rig.signals("drive").write("h-int16", 75.0);
            SafetyTrip trip = tripped.get(30, TimeUnit.SECONDS);

            assertThat(List.of(trip.device(), trip.signal(), trip.address(), trip.unit()))
                    .containsExactly("drive", "h-int16", "holding:0:int16", "Nm");
            assertThat(trip.value()).isCloseTo(75.0, within(1e-12));
            assertThat(trip.minimum()).isEqualTo(-130.0);
            assertThat(trip.maximum()).isEqualTo(60.0);
        }
    }

    /** Reads addresses with pymodbus's own client and decoder, in a process of its own. */
    private Map<String, String> pymodbusReads(String... addresses) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON, script, "read", String.valueOf(port)));
        command.addAll(List.of(addresses));
        Process reader = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(reader.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(reader.exitValue()).as(output).isZero();
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : output.strip().split("\n")) {
            values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        }
        return values;
    }
}
