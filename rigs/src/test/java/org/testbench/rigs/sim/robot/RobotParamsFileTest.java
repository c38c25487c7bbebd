package org.testbench.rigs.sim.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

class RobotParamsFileTest {

    @TempDir
    Path dir;

    @Test
    void theBundledDefaultHoldsTheDemosErrorsAndEveryBehaviour() throws Exception {
        SimulatedRobotConfig config = RobotParamsFile.load("robot-default", 50).build();

        assertThat(config.seed()).isEqualTo(1);
        assertThat(config.timeScale()).as("the file leaves the time scale to the command").isEqualTo(50);
        assertThat(config.biasMm()).isEqualTo(new Vector3(0.20, -0.10, 0.05));
        assertThat(config.sigmaMm()).isEqualTo(0.010);
        assertThat(config.orientationSigmaDeg()).isEqualTo(0.005);
        assertThat(config.home()).isEqualTo(Pose.of(800, 0, 1000, 180, 0, 0));
        assertThat(config.settleTimeS()).isEqualTo(0.2);
        assertThat(config.settling()).isEqualTo(new SecondOrderSettling(10, 0.5));
        assertThat(config.pathFollowing()).isEqualTo(new PathFollowing(0.0003, 0.0001, new Vector3(0, 0, -1), 0.002,
                0.0002));
        assertThat(config.speedErrors()).isEqualTo(new SpeedErrors(0.5, 0.2, 0.5, 4));
        assertThat(config.drift()).isEqualTo(new ThermalDrift(new Vector3(0.03, -0.02, 0.04), 1.5));
        assertThat(config.approachErrorMm()).isEqualTo(0.02);
        assertThat(config.complianceMmPerN()).isEqualTo(new Vector3(0.0005, 0.0005, 0.0003));
        assertThat(config.trackerSigmaMm()).isEqualTo(0.002);
        assertThat(config.trackerPeriodS()).isEqualTo(0.002);
    }

    @Test
    void whatAFileLeavesOutIsIdeal() throws Exception {
        Path file = write("pose-error: {sigma-mm: 0.02}\ntime-scale: 20\n");

        SimulatedRobotConfig config = RobotParamsFile.load(file.toString(), 1).port(0).build();

        assertThat(config).isEqualTo(SimulatedRobotConfig.builder().port(0).sigmaMm(0.02).timeScale(20).build());
    }

    @Test
    void mistakesNameFileLineColumnAndField() {
        assertRejected("motion:\n  max-speed: 500\n",
                "p.yaml:2:3: motion.max-speed: unknown key 'max-speed' (expected one of: max-speed-mm-s, reach-mm,"
                        + " home, done-delay-s)");
        assertRejected("pose-error:\n  sigma-mm: -0.01\n", "p.yaml:2:13: pose-error.sigma-mm: must not be negative,"
                + " found -0.01");
        assertRejected("settling: {natural-frequency-hz: 8, damping-ratio: 1.2}\n",
                "p.yaml:1:11: settling: damping ratio must lie in (0, 1) for a mechanism that overshoots, got 1.2");
        assertRejected("path-following: {along-lag-s: 0.001}\n", "p.yaml:1:17: path-following: lags and corner"
                + " overshoot are the servo's response: they need settling dynamics (settling.natural-frequency-hz > 0)");
        assertRejected("motion: {reach-mm: 1000}\n", "p.yaml:1:20: motion.reach-mm: home (800.000, 0.000, 1000.000 mm;"
                + " 180.000, 0.000, 0.000 deg) lies 1280.6248474865697 mm from the base, outside the reach of 1000.0 mm");
        assertRejected("thermal-drift: {warm-offset-mm: [0.1, 0]}\n",
                "p.yaml:1:33: thermal-drift.warm-offset-mm: expected 3 numbers, found 2");
        assertRejected("tracker: {sample-period-s: 0}\n", "p.yaml:1:28: tracker.sample-period-s: must be greater than 0,"
                + " found 0.0");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> RobotParamsFile.load("no-such-robot", 1))
                .isInstanceOf(InputException.class)
                .hasMessage("no-such-robot: no such file, and no bundled sim file of that name");
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, text);
        return file;
    }

    private static void assertRejected(String text, String message) {
        assertThatThrownBy(() -> RobotParamsFile.parse(YamlDocument.parse(text, "p.yaml"), 1))
                .isInstanceOf(InputException.class).hasMessage(message);
    }
}
