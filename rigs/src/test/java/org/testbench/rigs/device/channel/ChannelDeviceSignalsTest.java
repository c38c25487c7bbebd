package org.testbench.rigs.device.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilters;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testbench.protocols.opcua.server.LoopbackServer;
import org.testbench.protocols.opcua.server.LoopbackServerConfig;
import org.testbench.protocols.opcua.server.VariableNamespace;
import org.testbench.rigs.Rig;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.Sample;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.device.DeviceSignals;
import org.testbench.rigs.device.RigClock;
import org.testbench.rigs.yaml.YamlDocument;

/** A generic device and the rig's clock read and written over real OPC UA on 127.0.0.1. */
class ChannelDeviceSignalsTest {

    private static final String URI = "urn:testbench:generic-device-test";
    /** The served clock runs 360,000 times faster than wall time: an hour of it passes in 10 ms. */
    private static final double TIME_SCALE = 360_000;

    private static LoopbackServer<Bench> server;
    private static Rig rig;

    @BeforeAll
    static void connect() throws Exception {
        server = LoopbackServer.start(LoopbackServerConfig.of(URI + ":server", "generic device test"), Bench::new);
        String ns = "nsu=" + URI + ";s=";
        String text = String.join("\n",
                "rig: generic-test",
                "devices:",
                "  stage:",
                "    type: generic",
                "    endpoint: " + server.endpointUrl(),
                "    signals:",
                // raw counts of 2 um: value = raw * 2 um, handed to procedures in mm
                "      position: {address: '" + ns + "Stage/Position', unit: um, scale: 2}",
                "      mode: {address: '" + ns + "Stage/Mode', unit: '1'}",
                "      enable: {address: '" + ns + "Stage/Enable', unit: '1'}",
                "      temperature: {address: '" + ns + "Stage/Temperature', unit: degC, offset: -273.15}",
                "      sim-time: {address: '" + ns + "Stage/SimTime', unit: min}",
                "      frozen-time: {address: '" + ns + "Stage/FrozenTime', unit: s}",
                "clock: stage.sim-time",
                "");
        rig = Rig.connect(RigFile.parse(YamlDocument.parse(text, "generic-test.yaml")));
    }

    @AfterAll
    static void close() {
        rig.close();
        server.close();
    }

    @Test
    void readsInBaseUnitsAfterScaleAndOffset() throws Exception {
        DeviceSignals stage = rig.signals("stage");
        List<Sample> samples = stage.read(List.of("position", "temperature", "enable"));
        // 10 counts x 2 um = 20 um = 0.020 mm; 300 K - 273.15 = 26.85 degC; false = 0.
        assertThat(samples).extracting(Sample::signal).containsExactly("position", "temperature", "enable");
        assertThat(samples.get(0).value()).isEqualTo(0.020);
        assertThat(samples.get(0).unit()).isEqualTo("mm");
        assertThat(samples.get(1).value()).isCloseTo(26.85, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(samples.get(2).value()).isZero();
        assertThat(samples).allMatch(Sample::good).allMatch(s -> s.device().equals("stage"));
        assertThat(stage.unit("sim-time")).isEqualTo("s");
        assertThat(stage.writable()).containsExactlyElementsOf(stage.signals());
    }

    @Test
    void writesTheInverseOfScaleAndOffsetAsTheTypeTheDeviceHolds() throws Exception {
        DeviceSignals stage = rig.signals("stage");
        stage.write("position", 0.05);
        stage.write("mode", 3);
        stage.write("enable", 1);
        // 0.05 mm = 50 um = 25 counts of 2 um
        assertThat(server.namespace().value("Stage/Position")).isEqualTo(25.0);
        assertThat(server.namespace().value("Stage/Mode")).isEqualTo(3);
        assertThat(server.namespace().value("Stage/Enable")).isEqualTo(true);
        assertThat(stage.read(List.of("position")).get(0).value()).isEqualTo(0.05);

        assertThatThrownBy(() -> stage.write("mode", 2.5)).isInstanceOf(DeviceException.class)
                .hasMessageContaining("stage.mode (nsu=" + URI + ";s=Stage/Mode) holds whole numbers: 2.5 1 is 2.5");
        assertThatThrownBy(() -> stage.write("enable", 2)).isInstanceOf(DeviceException.class)
                .hasMessageContaining("stage.enable (nsu=" + URI + ";s=Stage/Enable) is a flag: write 0 or 1, not 2.0");
        assertThatThrownBy(() -> stage.write("temperature", 20)).isInstanceOf(DeviceException.class)
                .hasMessageStartingWith("stage.temperature: cannot write 20.0 degC:");
        assertThat(server.namespace().value("Stage/Mode")).isEqualTo(3);
    }

    @Test
    void theClockSignalGivesTheRigsTimeAndWaitsOnIt() throws Exception {
        RigClock clock = rig.clock();
        assertThat(clock.describe()).isEqualTo("stage.sim-time");
        double start = clock.now();
        // Two simulated hours pass in about 20 ms of wall time.
        clock.sleep(7200);
        assertThat(clock.now() - start).isGreaterThanOrEqualTo(7200);
    }

    @Test
    void aClockThatStandsStillIsARigFault() {
        RigClock frozen = new org.testbench.rigs.device.SignalClock(rig.signals("stage"), "frozen-time",
                java.time.Duration.ofMillis(200));
        assertThatThrownBy(() -> frozen.sleep(1)).isInstanceOf(DeviceException.class)
                .hasMessageStartingWith("clock stage.frozen-time has stood still at 5.0 s for 0 s while waiting for 6.0 s");
    }

    /** A stage with writable variables of three types, a read-only temperature in kelvin and a fast clock. */
    static final class Bench extends VariableNamespace {
        private final long start = System.nanoTime();

        Bench(OpcUaServer server) {
            super(server, URI);
        }

        @Override
        protected void addNodes() {
            UaObjectNode stage = addObject(null, "Stage", "A positioning stage");
            addVariable(stage, "Stage/Position", "Position, counts of 2 um", NodeIds.Double, AccessLevel.READ_WRITE,
                    Variant.ofDouble(10));
            addVariable(stage, "Stage/Mode", "Mode 0..3", NodeIds.Int32, AccessLevel.READ_WRITE, Variant.ofInt32(0));
            addVariable(stage, "Stage/Enable", "Enable flag", NodeIds.Boolean, AccessLevel.READ_WRITE,
                    Variant.ofBoolean(false));
            addVariable(stage, "Stage/Temperature", "Temperature, K", NodeIds.Double, AccessLevel.READ_ONLY,
                    Variant.ofDouble(300));
            UaVariableNode time = addVariable(stage, "Stage/SimTime", "Simulated time, min", NodeIds.Double,
                    AccessLevel.READ_ONLY, Variant.ofDouble(0));
            time.getFilterChain().addLast(AttributeFilters.getValue(ctx -> new DataValue(
                    Variant.ofDouble((System.nanoTime() - start) / 1e9 * TIME_SCALE / 60))));
            addVariable(stage, "Stage/FrozenTime", "A clock that stopped, s", NodeIds.Double, AccessLevel.READ_ONLY,
                    Variant.ofDouble(5));
        }

        Object value(String id) {
            return ((UaVariableNode) getNodeManager().get(newNodeId(id))).getValue().getValue().getValue();
        }
    }
}
