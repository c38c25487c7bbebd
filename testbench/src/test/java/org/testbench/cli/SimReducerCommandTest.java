package org.testbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.rigs.sim.reducer.SimulatedReducerConfig;
import org.testbench.rigs.sim.reducer.SimulatedReducerServer;

/** {@code testbench sim reducer}'s flags, and {@code testbench rig check} on the bundled reducer rig. */
class SimReducerCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void helpNamesTheFlagsAndTheBundledReducers() {
        assertThat(cli.run("sim", "reducer", "--help")).isZero();
        assertThat(cli.out()).contains("--port=P", "--params=FILE|NAME", "--seed=N", "--time-scale=K", "reducer-harmonic",
                "reducer-rv", "5020", "file:line:column");
        assertThat(cli.run("sim", "--help")).isZero();
        assertThat(cli.out()).contains("reducer");
    }

    @Test
    void aBadParamsFileExitsWithTwoNamingFileLineColumnAndField() throws Exception {
        Path params = dir.resolve("reducer.yaml");
        Files.writeString(params, bundled("sim/reducer-harmonic.yaml").replace("ratio: 100 ", "ratio: -100"));
        assertThat(cli.run("sim", "reducer", "--port", "0", "--params", params.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("error: " + params + ":9:8: ratio: must be > 0 and finite, got -100.0");
    }

    @Test
    void anUnknownBundledReducerOrABadTimeScaleIsBadInput() {
        assertThat(cli.run("sim", "reducer", "--port", "0", "--params", "reducer-cycloid")).isEqualTo(2);
        assertThat(cli.err()).contains("error: reducer-cycloid: no such file, and no bundled sim file of that name");
        assertThat(cli.run("sim", "reducer", "--port", "0", "--time-scale", "0")).isEqualTo(2);
        assertThat(cli.err()).contains("error: simulator options: time scale must lie in (0, 1.0E7], got 0.0");
    }

    @Test
    void theBundledRigPassesRigCheckAgainstARunningSimulator() throws Exception {
        try (SimulatedReducerServer server = SimulatedReducerServer.start(SimulatedReducerConfig.builder().port(0).build())) {
            Path rig = dir.resolve("sim-reducer.yaml");
            Files.writeString(rig, bundled("rigs/sim-reducer.yaml").replace("modbus-tcp://127.0.0.1:5020", server.endpoint()));
            assertThat(cli.run("rig", "check", rig.toString())).isZero();
            assertThat(cli.out()).contains("input.enable", "input.torque-command", "output.angle", "housing.temperature",
                    "bench.sim-time").doesNotContain("NO ");
        }
    }

    private static String bundled(String resource) throws Exception {
        try (InputStream in = SimReducerCommandTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
