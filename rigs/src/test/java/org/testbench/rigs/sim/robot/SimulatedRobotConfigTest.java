package org.testbench.rigs.sim.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

class SimulatedRobotConfigTest {

    @Test
    void defaultsDescribeAnErrorFreeRobotOnTheRigFilesPort() {
        SimulatedRobotConfig config = SimulatedRobotConfig.builder().build();

        assertThat(config.port()).isEqualTo(4840);
        assertThat(config.path()).isEqualTo("/testbench");
        assertThat(config.biasMm()).isEqualTo(Vector3.ZERO);
        assertThat(config.sigmaMm()).isZero();
        assertThat(config.trackerSigmaMm()).isZero();
        assertThat(config.maxSpeedMmPerS()).isEqualTo(1000);
        assertThat(config.settleTimeS()).isEqualTo(0.2);
        assertThat(config.timeScale()).isEqualTo(1);
        assertThat(config.home()).isEqualTo(Pose.of(800, 0, 1000, 180, 0, 0));
    }

    @Test
    void builderSetsEveryField() {
        SimulatedRobotConfig config = SimulatedRobotConfig.builder().port(0).path("/robot")
                .biasMm(new Vector3(0.2, -0.1, 0.05)).scalePpm(50).sigmaMm(0.01)
                .orientationBiasDeg(new Vector3(0.01, 0, 0)).orientationSigmaDeg(0.002).trackerSigmaMm(0.003)
                .maxSpeedMmPerS(500).settleTimeS(0.5).timeScale(25).reachMm(1500)
                .home(Pose.of(600, 0, 600, 180, 0, 0)).seed(7).build();

        assertThat(config).isEqualTo(new SimulatedRobotConfig(0, "/robot", new Vector3(0.2, -0.1, 0.05), 50, 0.01,
                new Vector3(0.01, 0, 0), 0.002, 0.003, 500, 0.5, 25, 1500, Pose.of(600, 0, 600, 180, 0, 0), 7));
    }

    @Test
    void invalidValuesAreNamed() {
        assertThatThrownBy(() -> SimulatedRobotConfig.builder().sigmaMm(-0.01).build())
                .hasMessage("sigmaMm must be >= 0 and finite, got -0.01");
        assertThatThrownBy(() -> SimulatedRobotConfig.builder().timeScale(0).build())
                .hasMessage("timeScale must be > 0 and finite, got 0.0");
        assertThatThrownBy(() -> SimulatedRobotConfig.builder().trackerSigmaMm(Double.NaN).build())
                .hasMessageStartingWith("trackerSigmaMm");
        assertThatThrownBy(() -> SimulatedRobotConfig.builder().maxSpeedMmPerS(0).build())
                .hasMessageStartingWith("maxSpeedMmPerS");
        assertThatThrownBy(() -> SimulatedRobotConfig.builder().port(70000).build())
                .hasMessageContaining("70000");
        assertThatThrownBy(() -> SimulatedRobotConfig.builder().path("testbench").build())
                .hasMessageContaining("'testbench'");
        assertThatThrownBy(() -> SimulatedRobotConfig.builder().biasMm(new Vector3(Double.NaN, 0, 0)).build())
                .hasMessageStartingWith("biasMm must be finite");
        assertThatThrownBy(() -> SimulatedRobotConfig.builder().reachMm(1000).build())
                .hasMessageContaining("outside the reach of 1000.0 mm");
    }
}
