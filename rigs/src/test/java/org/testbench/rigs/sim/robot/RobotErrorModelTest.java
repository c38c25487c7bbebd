package org.testbench.rigs.sim.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

class RobotErrorModelTest {

    private static final Pose COMMANDED = Pose.of(1000, -200, 600, 180, 10, -30);

    @Test
    void systematicErrorIsBiasPlusAPositionProportionalPart() {
        RobotErrorModel model = new RobotErrorModel(SimulatedRobotConfig.builder()
                .biasMm(new Vector3(0.2, -0.1, 0.05)).scalePpm(100).build());

        Vector3 error = model.systematicError(new Vector3(1000, 0, -500));

        assertThat(error.x()).isCloseTo(0.3, within(1e-12));
        assertThat(error.y()).isCloseTo(-0.1, within(1e-12));
        assertThat(error.z()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void withoutNoiseTheAttainedPoseIsCommandedPlusTheSystematicError() {
        RobotErrorModel model = new RobotErrorModel(SimulatedRobotConfig.builder()
                .biasMm(new Vector3(0.2, -0.1, 0.05)).scalePpm(10).orientationBiasDeg(new Vector3(0.05, 0, -0.02))
                .build());

        Pose attained = model.attained(COMMANDED);

        assertThat(attained.position().x()).isCloseTo(1000.21, within(1e-9));
        assertThat(attained.position().y()).isCloseTo(-200.102, within(1e-9));
        assertThat(attained.position().z()).isCloseTo(600.056, within(1e-9));
        // the orientation error is a rotation about the base axes: R_att R_cmd^T = exp(bias)
        Vector3 deviation = attained.rotation().times(COMMANDED.rotation().transpose()).toRotationVector();
        assertThat(Math.toDegrees(deviation.x())).isCloseTo(0.05, within(1e-9));
        assertThat(Math.toDegrees(deviation.y())).isCloseTo(0.0, within(1e-9));
        assertThat(Math.toDegrees(deviation.z())).isCloseTo(-0.02, within(1e-9));
    }

    @Test
    void theSameSeedAndMovesGiveTheSamePoses() {
        SimulatedRobotConfig config = SimulatedRobotConfig.builder().sigmaMm(0.01).orientationSigmaDeg(0.01)
                .seed(99).build();

        assertThat(draw(new RobotErrorModel(config), 10)).isEqualTo(draw(new RobotErrorModel(config), 10));
        SimulatedRobotConfig other = SimulatedRobotConfig.builder().sigmaMm(0.01).orientationSigmaDeg(0.01)
                .seed(100).build();
        assertThat(draw(new RobotErrorModel(other), 10)).isNotEqualTo(draw(new RobotErrorModel(config), 10));
    }

    @Test
    void scatterHasTheConfiguredStandardDeviation() {
        RobotErrorModel model = new RobotErrorModel(SimulatedRobotConfig.builder().sigmaMm(0.02).seed(5).build());
        int n = 5000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double dy = model.attained(COMMANDED).position().y() - COMMANDED.position().y();
            sum += dy;
            sumSquares += dy * dy;
        }
        double mean = sum / n;
        double std = Math.sqrt((sumSquares - n * mean * mean) / (n - 1));

        assertThat(std).isCloseTo(0.02, within(0.02 * 0.05));
        assertThat(mean).isCloseTo(0, within(0.002));
    }

    private static List<Pose> draw(RobotErrorModel model, int moves) {
        List<Pose> poses = new ArrayList<>();
        for (int i = 0; i < moves; i++) {
            poses.add(model.attained(Pose.of(900 + i, 0, 700, 180, 0, 0)));
        }
        return poses;
    }
}
