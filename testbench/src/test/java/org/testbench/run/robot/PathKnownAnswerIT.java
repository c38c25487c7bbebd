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
import org.testbench.rigs.sim.robot.SpeedErrors;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.Iso9283;

/**
 * Known answers of ISO 9283 8.2, 8.3 and 8.6 through the real runner: a mechanism that trails its
 * interpolation across the path by 0.5 ms per unit speed (sagging along -Z) runs the straight path
 * P2 → P4 at 100 mm/s three times, streamed every 5 ms of simulated time; at points 1/4, 1/2 and 3/4
 * along it, its attained points lie the model's path deviation off the commanded ones.
 *
 * <p>Tolerances: AT within 2 µm, RT below 5 µm: the repeatability noise (σ = 0.5 µm per axis)
 * shifts a barycentre of 3 runs by about 0.3 µm, the plane crossing is interpolated between samples
 * 0.5 mm apart along a straight path, and the start transient of the lag has died long before the
 * first point (138 mm along); RT of 3 runs with that noise is l̄ + 3 S_l of about 1 µm.
 */
class PathKnownAnswerIT {

    private static final double SPEED = 100;

    @TempDir
    Path runs;

    @Test
    void pathAccuracyIsTheLateralLagAndRepeatabilityTheNoise() throws Exception {
        SimulatedRobotRun run = SimulatedRobotRun.of(runs, "iso9283-path", SimulatedRobotConfig.builder()
                .settleTimeS(0).settling(new SecondOrderSettling(5, 0.3))
                .pathFollowing(new PathFollowing(0.002, 0.0005, new Vector3(0, 0, -1), 0.002, 0.0005))
                .sigmaMm(0.0005).trackerSigmaMm(0).trackerPeriodS(0.005).seed(82).timeScale(4),
                Map.of("speed", String.valueOf(SPEED), "points", "3", "cycles", "3"));

        assertThat(run.summary().state()).as(run.summary().message()).isEqualTo(RunState.COMPLETED);
        Map<String, Pose> commanded = run.archived().procedure().commandedPoses(run.archived().parameters());
        Vector3 direction = commanded.get("P4").position().minus(commanded.get("P2").position());
        double expected = run.expected().pathDeviationMm(direction, SPEED);

        assertThat(expected).isGreaterThan(0.02);
        assertThat(run.result(Iso9283.AT_P).value()).isCloseTo(expected, within(0.002));
        assertThat(run.result(Iso9283.RT_P).value()).isLessThan(0.005);
        assertThat(run.result(Iso9283.AT_P).subject()).isEqualTo("P2-P4, 3 points, 3 runs");
    }

    /**
     * Path velocity (8.6): a controller that runs paths 2 % fast, then one whose speed ripples by 5 %
     * at 2 Hz, both without pose noise so the tracked positions carry the speed profile alone.
     * Tolerances: AV within 0.05 % and RV below 0.05 % (finite differences of exact positions 5 ms
     * apart along a straight path); FV = 2 x 5 % x 100 mm/s = 10 mm/s within 0.05 mm/s, since a
     * ripple peak sampled up to 2.5 ms off its time is lower by 1 - cos(2π x 2 Hz x 2.5 ms) = 0.05 %
     * and a 5 ms difference averages the sine by less than that.
     */
    @Test
    void pathVelocityIsTheControllersSpeedErrorAndItsRipple() throws Exception {
        SimulatedRobotRun fast = SimulatedRobotRun.of(runs.resolve("fast"), "iso9283-path", SimulatedRobotConfig.builder()
                .speedErrors(new SpeedErrors(2.0, 0, 0, 0)).sigmaMm(0).trackerSigmaMm(0).trackerPeriodS(0.005)
                .seed(86).timeScale(4), Map.of("speed", String.valueOf(SPEED), "points", "3", "cycles", "3"));
        SimulatedRobotRun rippling = SimulatedRobotRun.of(runs.resolve("ripple"), "iso9283-path",
                SimulatedRobotConfig.builder().speedErrors(new SpeedErrors(0, 0, 5.0, 2.0)).sigmaMm(0).trackerSigmaMm(0)
                        .trackerPeriodS(0.005).seed(87).timeScale(4),
                Map.of("speed", String.valueOf(SPEED), "points", "3", "cycles", "3"));

        assertThat(fast.summary().state()).as(fast.summary().message()).isEqualTo(RunState.COMPLETED);
        assertThat(fast.result(Iso9283.AV).value()).isCloseTo(fast.expected().pathVelocityAccuracyPercent(),
                within(0.05));
        assertThat(fast.result(Iso9283.RV).value()).isLessThan(0.05);
        assertThat(rippling.summary().state()).as(rippling.summary().message()).isEqualTo(RunState.COMPLETED);
        assertThat(rippling.result(Iso9283.FV).value())
                .isCloseTo(rippling.expected().pathVelocityFluctuationMmPerS(SPEED), within(0.05));
        assertThat(rippling.result(Iso9283.FV).unit()).isEqualTo("mm/s");
    }
}
