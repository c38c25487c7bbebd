package org.testbench.run.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.procedures.execution.RunState;
import org.testbench.rigs.sim.robot.PathFollowing;
import org.testbench.rigs.sim.robot.SecondOrderSettling;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.Iso9283;

/**
 * Known answer of ISO 9283 7.5 and 7.6 through the real runner: a mechanism that trails its
 * interpolation (2 ms along the motion, 0.5 ms across per unit speed) and settles from there as a
 * 5 Hz second-order system with damping 0.3, the controller signalling "pose attained" at the end
 * of the motion; the tracker streams every 5 ms of simulated time (time scale 4). Stabilization
 * time and overshoot of the move P2 → P1 at 25 % velocity, band 0.02 mm, must be the model's.
 *
 * <p>Tolerances, as in the simulator's own test over OPC UA: the stabilization time within one
 * sample period (5 ms), since the band crossing is interpolated between samples; the overshoot
 * within 1 µm, since a peak sampled up to half a period off its time lies at most 0.6 µm lower, and
 * the repeatability noise (0.5 µm) is below that too.
 */
class StabilizationKnownAnswerIT {

    private static final double BAND = 0.02;

    @TempDir
    Path runs;

    @Test
    void stabilizationTimeAndOvershootAreTheSettlingModels() throws Exception {
        SimulatedRobotRun run = SimulatedRobotRun.of(runs, "iso9283-stabilization", SimulatedRobotConfig.builder()
                .settleTimeS(0).settling(new SecondOrderSettling(5, 0.3))
                .pathFollowing(new PathFollowing(0.002, 0.0005, new Vector3(0, 0, -1), 0.002, 0.0005))
                .sigmaMm(0.0005).trackerSigmaMm(0).trackerPeriodS(0.005).seed(75).timeScale(4),
                Map.of("band", String.valueOf(BAND), "velocity", "25", "observe", "1.5", "cycles", "3"));

        assertThat(run.summary().state()).isEqualTo(RunState.COMPLETED);
        Map<String, Pose> commanded = run.archived().procedure().commandedPoses(run.archived().parameters());
        Vector3 direction = commanded.get("P1").position().minus(commanded.get("P2").position());
        double speed = run.expected().moveSpeedMmPerS(25);

        assertThat(run.result(Iso9283.STABILIZATION_TIME).value())
                .isCloseTo(run.expected().stabilizationTimeS(direction, speed, BAND), within(0.005));
        assertThat(run.result(Iso9283.OVERSHOOT).value())
                .isCloseTo(run.expected().overshootMm(direction, speed, BAND), within(0.001));
        assertThat(run.result(Iso9283.OVERSHOOT).value()).as("a real overshoot, not noise").isGreaterThan(0.05);
        assertThat(run.result(Iso9283.STABILIZATION_TIME).subject()).isEqualTo("P1, 3 cycles, band 0.02 mm");
    }
}
