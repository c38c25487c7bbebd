package org.testbench.rigs.sim.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/** The injected scatter measured back over the socket, as a repeatability test would see it. */
class SimulatedRobotStatisticsTest {

    private static final double SIGMA_MM = 0.01;
    private static final double ORIENTATION_SIGMA_DEG = 0.005;
    private static final int MOVES = 200;
    /** ISO 9283 style cycle over five poses, so every move really travels. */
    private static final List<Pose> CYCLE = List.of(
            Pose.of(1000, 0, 800, 180, 0, 0), Pose.of(1150, 150, 950, 180, 0, 0),
            Pose.of(850, 150, 950, 180, 0, 0), Pose.of(850, -150, 650, 180, 0, 0),
            Pose.of(1150, -150, 650, 180, 0, 0));

    private static final List<Pose> measured = new ArrayList<>();

    private static SimulatedRobotServer server;

    @BeforeAll
    static void runTwoHundredMoves() throws Exception {
        server = SimulatedRobotServer.start(config());
        try (RobotClient robot = new RobotClient(server)) {
            for (int i = 0; i < MOVES; i++) {
                robot.moveTo(commanded(i));
                measured.add(robot.tracker());
            }
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void positionScatterHasTheConfiguredSigma() {
        for (int axis = 0; axis < 3; axis++) {
            double[] deviations = new double[MOVES];
            for (int i = 0; i < MOVES; i++) {
                deviations[i] = measured.get(i).position().toArray()[axis] - commanded(i).position().toArray()[axis];
            }
            assertThat(std(deviations)).as("axis %d", axis).isCloseTo(SIGMA_MM, within(SIGMA_MM * 0.15));
            assertThat(mean(deviations)).as("axis %d", axis).isCloseTo(0, within(3 * SIGMA_MM / Math.sqrt(MOVES)));
        }
        assertThat(server.movesCompleted()).isEqualTo(MOVES);
    }

    @Test
    void orientationScatterHasTheConfiguredSigma() {
        for (int axis = 0; axis < 3; axis++) {
            double[] deviations = new double[MOVES];
            for (int i = 0; i < MOVES; i++) {
                Vector3 rotation = commanded(i).rotation().transpose().times(measured.get(i).rotation())
                        .toRotationVector();
                deviations[i] = Math.toDegrees(rotation.toArray()[axis]);
            }
            assertThat(std(deviations)).as("axis %d", axis)
                    .isCloseTo(ORIENTATION_SIGMA_DEG, within(ORIENTATION_SIGMA_DEG * 0.15));
        }
    }

    @Test
    void theSameSeedAndMovesGiveTheSameTrackerPoses() throws Exception {
        int moves = 20;
        List<Pose> again = new ArrayList<>();
        try (SimulatedRobotServer twin = SimulatedRobotServer.start(config());
                RobotClient robot = new RobotClient(twin)) {
            for (int i = 0; i < moves; i++) {
                robot.moveTo(commanded(i));
                again.add(robot.tracker());
            }
        }

        assertThat(again).isEqualTo(measured.subList(0, moves));
    }

    @Test
    void trackerNoiseScattersEachReadAroundTheAttainedPose() throws Exception {
        double trackerSigma = 0.02;
        double[] x = new double[MOVES];
        try (SimulatedRobotServer noisy = SimulatedRobotServer.start(SimulatedRobotConfig.builder().port(0)
                .trackerSigmaMm(trackerSigma).timeScale(1000).build()); RobotClient robot = new RobotClient(noisy)) {
            robot.moveTo(CYCLE.get(0));
            for (int i = 0; i < MOVES; i++) {
                x[i] = robot.tracker().position().x();
            }
            Pose attained = noisy.attainedPose();
            assertThat(attained.position()).isEqualTo(CYCLE.get(0).position());
            assertThat(attained.a()).isCloseTo(180, within(1e-9));
        }

        assertThat(std(x)).isCloseTo(trackerSigma, within(trackerSigma * 0.15));
        assertThat(mean(x)).isCloseTo(1000, within(3 * trackerSigma / Math.sqrt(MOVES)));
    }

    private static SimulatedRobotConfig config() {
        return SimulatedRobotConfig.builder().port(0).sigmaMm(SIGMA_MM).orientationSigmaDeg(ORIENTATION_SIGMA_DEG)
                .timeScale(1000).settleTimeS(0).seed(42).build();
    }

    private static Pose commanded(int move) {
        return CYCLE.get(move % CYCLE.size());
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double std(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
