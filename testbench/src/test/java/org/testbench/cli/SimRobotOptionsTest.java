package org.testbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.rigs.sim.robot.RobotParamsFile;
import org.testbench.rigs.sim.robot.SecondOrderSettling;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.yaml.InputException;
import org.testbench.standards.geometry.Vector3;
import picocli.CommandLine;

/** The simulator's parameters: the bundled file by default, another by --params, single values by flags. */
class SimRobotOptionsTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    @Test
    void withoutFlagsTheBundledDefaultParametersApply() throws Exception {
        SimulatedRobotConfig config = options().config(0, 50);

        assertThat(config).isEqualTo(RobotParamsFile.load("robot-default", 50).port(0).build());
        assertThat(config.settling()).isEqualTo(new SecondOrderSettling(10, 0.5));
        assertThat(config.timeScale()).isEqualTo(50);
    }

    @Test
    void flagsOverrideSingleValuesOfTheParameterFile() throws Exception {
        Path params = dir.resolve("robot.yaml");
        Files.writeString(params, "seed: 3\npose-error: {bias-mm: [1, 2, 3], sigma-mm: 0.05}\ntime-scale: 5\n");

        SimulatedRobotConfig config = options("--params", params.toString(), "--sigma-mm", "0.02", "--seed", "8")
                .config(0, 1);

        assertThat(config.biasMm()).isEqualTo(new Vector3(1, 2, 3));
        assertThat(config.sigmaMm()).isEqualTo(0.02);
        assertThat(config.seed()).isEqualTo(8);
        assertThat(config.timeScale()).as("from the file, over the command's default").isEqualTo(5);
        assertThat(options("--params", params.toString(), "--time-scale", "7").config(0, 1).timeScale()).isEqualTo(7);
    }

    @Test
    void aBadParameterFileIsBadInputNamingWhere() throws Exception {
        Path params = dir.resolve("robot.yaml");
        Files.writeString(params, "settling:\n  natural-frequency: 8\n");

        assertThatThrownBy(() -> options("--params", params.toString()).config(0, 1))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(params + ":2:3: settling.natural-frequency: unknown key 'natural-frequency'");
        assertThat(cli.run("sim", "robot", "--params", params.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("error: " + params + ":2:3: settling.natural-frequency: unknown key");
        assertThat(cli.run("demo", "--params", "no-such-robot", "--runs-dir", dir.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("error: no-such-robot: no such file, and no bundled sim file of that name");
    }

    private static SimRobotOptions options(String... args) {
        SimRobotOptions options = new SimRobotOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }
}
