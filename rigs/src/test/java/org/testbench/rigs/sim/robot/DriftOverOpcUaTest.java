package org.testbench.rigs.sim.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.rigs.Sample;
import org.testbench.rigs.device.PoseTracker;
import org.testbench.rigs.device.Robot;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.PoseAccuracy;
import org.testbench.standards.iso9283.PoseDrift;
import org.testbench.standards.iso9283.PoseRepeatability;

/**
 * Drift of pose accuracy (ISO 9283 clause 7.7) over 8 simulated hours, run at 3600 times real
 * time: AP at P1 measured cold (from the first move) and 8 h later, over OPC UA through the bundled rig file, agrees with
 * the model's drift at the simulated times the tracker stamped on its readings.
 */
class DriftOverOpcUaTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Vector3 BIAS = new Vector3(0.1, 0, 0.05);
    private static final SimulatedRobotConfig CONFIG = SimulatedRobotConfig.builder().port(0).timeScale(3600)
            .biasMm(BIAS).sigmaMm(0.0002).drift(new ThermalDrift(new Vector3(0.05, -0.03, 0.08), 2)).seed(5).build();
    private static final List<Pose> CYCLE = List.of(Pose.of(1000, 0, 800, 180, 0, 0),
            Pose.of(1150, 150, 950, 180, 0, 0), Pose.of(850, -150, 650, 180, 0, 0));
    private static final int CYCLES = 10;

    /**
     * The model's AP and RP are those of the positions it gives at the stamped times of the
     * readings: the drift runs on while a set of cycles is measured, fastest when cold, so it
     * spreads the cold readings and RP drifts too. How far into the warm-up the first set falls
     * depends on how fast this machine runs the cycles (a wall millisecond is a simulated 3.6 s),
     * which the stamped times account for. Tolerances: 1 µm on AP and dAP, 2 µm on dRP, for
     * the repeatability noise (σ = 0.2 µm per axis; the mean of 10 readings, and their spread).
     */
    @Test
    void poseAccuracyAndRepeatabilityDriftOverEightHoursAsTheModelSays() throws Exception {
        try (SimulatedRig rig = new SimulatedRig(CONFIG)) {
            Robot robot = rig.robot();
            PoseTracker tracker = rig.tracker();
            ExpectedCharacteristics expected = rig.server().expected();
            // the robot warms up from its first move: it ends the move's duration before its done signal
            Pose home = CONFIG.home();
            robot.moveTo(CYCLE.get(0), TIMEOUT);
            double firstMoveS = home.position().distanceTo(CYCLE.get(0).position()) / expected.moveSpeedMmPerS(100)
                    + CONFIG.settleTimeS();
            Instant cold = robot.poseAttainedTime().minusNanos(Math.round(firstMoveS * 1e9));

            Epoch first = measure(robot, tracker, expected, cold);
            rig.letTimePass(8 * 3600);
            Epoch last = measure(robot, tracker, expected, cold);

            PoseDrift drift = PoseDrift.of(first.accuracy, first.repeatability, last.accuracy, last.repeatability);
            PoseDrift model = PoseDrift.of(first.modelAccuracy, first.modelRepeatability, last.modelAccuracy,
                    last.modelRepeatability);
            assertThat(last.startS - first.startS).isGreaterThan(8 * 3600);
            assertThat(first.accuracy.apP()).isCloseTo(first.modelAccuracy.apP(), within(0.001));
            assertThat(last.accuracy.apP()).isCloseTo(last.modelAccuracy.apP(), within(0.001));
            assertThat(drift.dAP()).isCloseTo(model.dAP(), within(0.001));
            assertThat(drift.dRP()).isCloseTo(model.dRP(), within(0.002));
        }
    }

    /** One epoch: AP and RP at P1 as measured, and as the model gives them at the simulated times of the readings. */
    private record Epoch(double startS, PoseAccuracy accuracy, PoseRepeatability repeatability,
                         PoseAccuracy modelAccuracy, PoseRepeatability modelRepeatability) {
    }

    private static Epoch measure(Robot robot, PoseTracker tracker, ExpectedCharacteristics expected, Instant cold)
            throws Exception {
        Pose p1 = CYCLE.get(0);
        Vector3 approach = p1.position().minus(CYCLE.get(2).position());
        List<Pose> attained = new ArrayList<>();
        List<Pose> modelled = new ArrayList<>();
        double startS = Double.NaN;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            for (Pose pose : CYCLE) {
                robot.moveTo(pose, TIMEOUT);
            }
            robot.moveTo(p1, TIMEOUT);
            PoseTracker.Measurement m = tracker.measure();
            attained.add(m.pose());
            double at = Duration.between(cold, m.samples().get(0).time()).toNanos() / 1e9;
            startS = Double.isNaN(startS) ? at : startS;
            modelled.add(new Pose(p1.position().plus(expected.meanPositionErrorMm(p1.position(), approach, at,
                    Vector3.ZERO)), p1.a(), p1.b(), p1.c()));
        }
        return new Epoch(startS, PoseAccuracy.of(p1, attained), PoseRepeatability.of(attained),
                PoseAccuracy.of(p1, modelled), PoseRepeatability.of(modelled));
    }
}
