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
 * Known answer of ISO 9283 8.2 and 8.3 through the real runner: a mechanism that trails its
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
}
