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
import org.testbench.standards.iso9283.CornerDeviation;
import org.testbench.standards.iso9283.Iso9283;

/**
 * Known answer of ISO 9283 8.5 through the real runner: a controller that rounds a corner with a
 * radius of 0.02 s x speed and swings past it by 0.01 s x speed runs P2 → P3 → P4 at 100 mm/s
 * (R = 2 mm, swing 1 mm) three times; CR and CO at the right angle at P3 must be the model's closed
 * form, CR = 2 (√2 - 1) = 0.83 mm and CO = max(2 (1 - 1/√2), 1) = 1 mm.
 *
 * <p>Tolerance 0.03 mm: the tracker samples every 5 ms of simulated time, 0.5 mm apart along the
 * path, and a 2 mm arc sampled that coarsely departs from its chords by at most 0.5² / (8 x 2) =
 * 0.016 mm; the pose noise (0.5 µm) is far below that.
 */
class CornerKnownAnswerIT {

    private static final double SPEED = 100;

    @TempDir
    Path runs;

    @Test
    void cornerRoundOffAndOvershootAreTheModels() throws Exception {
        SimulatedRobotRun run = SimulatedRobotRun.of(runs, "iso9283-corners", SimulatedRobotConfig.builder()
                .settleTimeS(0).settling(new SecondOrderSettling(5, 0.3))
                .pathFollowing(new PathFollowing(0, 0, new Vector3(0, 0, -1), 0.02, 0.01))
                .sigmaMm(0.0005).trackerSigmaMm(0).trackerPeriodS(0.005).seed(85).timeScale(4),
                Map.of("speed", String.valueOf(SPEED), "cycles", "3"));

        assertThat(run.summary().state()).as(run.summary().message()).isEqualTo(RunState.COMPLETED);
        Map<String, Pose> commanded = run.archived().procedure().commandedPoses(run.archived().parameters());
        Vector3 p2 = commanded.get("P2").position();
        Vector3 p3 = commanded.get("P3").position();
        Vector3 p4 = commanded.get("P4").position();
        CornerDeviation expected = run.expected().cornerDeviation(p3.minus(p2), p4.minus(p3), SPEED);

        assertThat(expected.crMm()).isCloseTo(2 * (Math.sqrt(2) - 1), within(1e-6));
        assertThat(run.result(Iso9283.CR).value()).isCloseTo(expected.crMm(), within(0.03));
        assertThat(run.result(Iso9283.CO).value()).isCloseTo(expected.coMm(), within(0.03));
        assertThat(run.result(Iso9283.CR).subject()).isEqualTo("P3 towards P4, 3 runs");
    }
}
