package org.testbench.rigs.sim.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.protocols.Channel;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.Channels;
import org.testbench.rigs.DeviceDefinition;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.Dut;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.Rig;
import org.testbench.rigs.RigCheck;
import org.testbench.rigs.RigDefinition;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.SignalDefinition;
import org.testbench.rigs.Unit;
import org.testbench.standards.Limit;
import org.testbench.standards.reducer.Reducers;

/**
 * The bundled rig file {@code rigs/sim-reducer.yaml} against the simulator: it maps every
 * register of the map with its address and unit, connects, passes the rig check, and drives a
 * hysteresis loop through its own addresses.
 */
class SimReducerRigTest {

    private static final String BUNDLED_ENDPOINT = "modbus-tcp://127.0.0.1:5020";

    @Test
    void theRigFileMapsEveryRegisterOfTheSimulatorWithItsAddressAndUnit() throws Exception {
        RigDefinition rig = RigFile.load("sim-reducer");
        Map<String, SignalDefinition> mapped = new HashMap<>();
        for (DeviceDefinition device : rig.devices().values()) {
            assertThat(device.type()).isEqualTo(DeviceType.GENERIC);
            assertThat(device.endpoint()).isEqualTo(BUNDLED_ENDPOINT);
            device.signals().forEach((name, signal) -> mapped.put(device.name() + "." + name, signal));
        }
        assertThat(mapped).hasSize(BenchRegister.values().length);
        for (BenchRegister register : BenchRegister.values()) {
            SignalDefinition signal = mapped.get(register.signal());
            assertThat(signal).as(register.signal()).isNotNull();
            assertThat(signal.address()).as(register.signal()).isEqualTo(register.rigAddress());
            assertThat(signal.unit().symbol()).as(register.signal()).isEqualTo(register.unit());
            assertThat(signal.scale()).isEqualTo(1);
            assertThat(signal.offset()).isZero();
        }
        assertThat(rig.devices().get("output").instrumentFor("angle").uncertaintyUnit().symbol()).isEqualTo("deg");
        assertThat(rig.devices().get("output").instrumentFor("torque").uncertaintyUnit().symbol()).isEqualTo("Nm");
    }

    @Test
    void theBundledDutFileIsValid() throws Exception {
        Map<String, Unit> reducerCharacteristics = new LinkedHashMap<>();
        Reducers.SYMBOLS.forEach(s -> reducerCharacteristics.put(s, Unit.of(Reducers.unit(s))));
        Dut dut = DutFile.load("sim-harmonic-100", reducerCharacteristics);
        assertThat(dut.model()).isEqualTo("SIM-HD-20-100");
        assertThat(dut.serial()).isEqualTo("SIM-HD-0001");
        assertThat(dut.properties()).containsOnlyKeys("ratio", "rated-torque", "t1", "t2");
        assertThat(dut.properties().get("rated-torque").base()).isEqualTo(50);
        // Rated values arrive in the unit of their results, every one marked as an example.
        assertThat(dut.rated().get(Reducers.LOST_MOTION).maximum()).isCloseTo(1.0, within(1e-15));
        assertThat(dut.rated().get(Reducers.LOST_MOTION).unit()).isEqualTo("arcmin");
        assertThat(dut.rated().get(Reducers.K1).minimum()).isEqualTo(6.0);
        assertThat(dut.rated().get(Reducers.K1).unit()).isEqualTo("Nm/arcmin");
        assertThat(dut.rated().values()).allMatch(Limit::example);
    }

    @Test
    void theRigConnectsAndPassesTheRigCheck() throws Exception {
        try (SimulatedReducerServer server = SimulatedReducerServer.start(SimulatedReducerConfig.builder().port(0).build())) {
            RigDefinition rig = RigFile.load("sim-reducer").withEndpoint(BUNDLED_ENDPOINT, server.endpoint());
            try (Rig connected = Rig.connect(rig)) {
                assertThat(connected.definition().devices()).containsOnlyKeys("input", "output", "housing", "bench");
            }
            List<RigCheck.Reading> readings = RigCheck.run(rig);
            assertThat(readings).hasSize(BenchRegister.values().length).allMatch(RigCheck.Reading::ok);
            assertThat(readings).filteredOn(r -> r.signal().equals("ambient")).singleElement()
                    .satisfies(r -> assertThat(r.value()).isCloseTo(23, within(5 * 0.05)));
            assertThat(readings).filteredOn(r -> r.signal().equals("mode")).singleElement()
                    .satisfies(r -> assertThat(r.value()).isZero());
        }
    }

    @Test
    void theRigCheckFlagsASignalAlreadyOutsideItsSafetyLimits(@TempDir Path dir) throws Exception {
        String bundled;
        try (InputStream in = SimReducerRigTest.class.getResourceAsStream("/rigs/sim-reducer.yaml")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String ambient = "ambient: {address: \"input:28:float64:big\", unit: degC}";
        assertThat(bundled).contains(ambient);
        // The simulated ambient is 23 °C: a limit of 10 °C is violated before anything moves.
        Path file = Files.writeString(dir.resolve("rig.yaml"), bundled.replace(ambient,
                "ambient: {address: \"input:28:float64:big\", unit: degC, limits: {max: 10}, rate: 1 Hz}"));
        try (SimulatedReducerServer server = SimulatedReducerServer.start(SimulatedReducerConfig.builder().port(0).build())) {
            RigDefinition rig = RigFile.load(file.toString()).withEndpoint(BUNDLED_ENDPOINT, server.endpoint());

            List<RigCheck.Reading> readings = RigCheck.run(rig);

            assertThat(readings).filteredOn(r -> !r.ok()).singleElement().satisfies(r -> {
                assertThat(r.signal()).isEqualTo("ambient");
                assertThat(r.limits()).isEqualTo("at most 10 degC");
                assertThat(r.status()).contains("outside its safety limits at most 10 degC");
            });
            assertThat(readings).filteredOn(r -> r.signal().equals("temperature")).singleElement()
                    .satisfies(r -> assertThat(r.limits()).isEmpty());
        }
    }

    @Test
    void aHysteresisLoopDrivenThroughTheRigFilesAddressesMatchesTheModel() throws Exception {
        try (SimulatedReducerServer server = SimulatedReducerServer.start(SimulatedReducerConfig.builder().port(0)
                .seed(3).build())) {
            RigDefinition rig = RigFile.load("sim-reducer").withEndpoint(BUNDLED_ENDPOINT, server.endpoint());
            DeviceDefinition input = rig.devices().get("input");
            DeviceDefinition output = rig.devices().get("output");
            ReducerModel model = server.model();
            try (Channel in = connect(input); Channel out = connect(output)) {
                in.write(input.signal("mode").address(), InputMode.LOCKED.code());
                in.write(input.signal("enable").address(), 1);
                out.write(output.signal("enable").address(), 1);
                double play = model.initialPlayNm();
                double zero = model.transmissionErrorArcmin(0);
                double[] torques = {0, 10, 25, 50, 25, 0, -25, -50, -25, 0, 1.5, -1.5};
                for (double torque : torques) {
                    out.write(output.signal("torque-command").address(), torque);
                    play = model.nextPlayNm(play, torque);
                    double angle = out.read(List.of(output.signal("angle").address())).get(0).asDouble();
                    assertThat(angle * 60 - zero).as("twist at %s Nm", torque)
                            .isCloseTo(model.twistArcmin(torque, play, 0), within(5 * 0.5 / 60));
                }
                // the safe state, as teardown writes it
                in.write(input.signal("torque-command").address(), 0.0);
                out.write(output.signal("torque-command").address(), 0.0);
                in.write(input.signal("speed-command").address(), 0.0);
                in.write(input.signal("enable").address(), 0);
                out.write(output.signal("enable").address(), 0);
                assertThat(server.trueReading().outputTorqueNm()).isZero();
                assertThat(server.trueReading().inputTorqueNm()).isZero();
            }
        }
    }

    private static Channel connect(DeviceDefinition device) throws ChannelException {
        Channel channel = Channels.open(device.channelConfig());
        channel.connect();
        return channel;
    }
}
