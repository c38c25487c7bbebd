package org.testbench.run.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.procedures.execution.RunState;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.Iso9283;

/**
 * Known answer of ISO 9283 7.4 through the real runner: a robot whose position error grows with the
 * distance from the base (a scale error of 200 ppm, the pose-dependent bias of the simulator) makes
 * every attained distance 200 ppm longer than commanded, so AD = 200e-6 x D_c along the line
 * between P2 and P4, and ADx/y/z the same share of each axis' commanded difference.
 *
 * <p>Tolerances: the repeatability noise is σ = 0.005 mm per axis; a distance along the line takes
 * the noise of both poses, σ_D = σ sqrt(2) = 0.0071 mm, and the mean of n = 10 distances is off by
 * σ_D / sqrt(10) = 0.0022 mm (1 σ): 0.009 mm is 4 σ. RD = 3 S_D tends to 3 σ_D = 0.021 mm; S_D from
 * 10 values has a relative standard deviation of 1/sqrt(18) = 24 %, so RD stays within 0.021 ± 0.016.
 */
class DistanceKnownAnswerIT {

    private static final double SCALE_PPM = 200;
    private static final double SIGMA = 0.005;

    @TempDir
    Path runs;

    @Test
    void distanceAccuracyIsTheScaleErrorAlongTheLineAndRdTheNoise() throws Exception {
        SimulatedRobotRun run = SimulatedRobotRun.of(runs, "iso9283-distance", SimulatedRobotConfig.builder()
                .scalePpm(SCALE_PPM).sigmaMm(SIGMA).seed(74).timeScale(200), Map.of("cycles", "10"));

        assertThat(run.summary().state()).isEqualTo(RunState.COMPLETED);
        Map<String, Pose> commanded = run.archived().procedure().commandedPoses(run.archived().parameters());
        Vector3 p2 = commanded.get("P2").position();
        Vector3 p4 = commanded.get("P4").position();
        Vector3 d = p2.minus(p4);
        double dc = d.norm();
        // Each pose's mean error is the model's systematic error there; approached along the line each way.
        Vector3 e2 = run.expected().meanPositionErrorMm(p2, d.times(1 / dc), 0, Vector3.ZERO);
        Vector3 e4 = run.expected().meanPositionErrorMm(p4, d.times(-1 / dc), 0, Vector3.ZERO);
        double expectedAd = p2.plus(e2).distanceTo(p4.plus(e4)) - dc;

        assertThat(expectedAd).isCloseTo(SCALE_PPM * 1e-6 * dc, within(1e-9));
        assertThat(run.result(Iso9283.AD_P).value()).isCloseTo(expectedAd, within(0.009));
        assertThat(run.result(Iso9283.AD_X).value()).isCloseTo(SCALE_PPM * 1e-6 * d.x(), within(0.009));
        assertThat(run.result(Iso9283.RD).value()).isCloseTo(3 * SIGMA * Math.sqrt(2), within(0.016));
        assertThat(run.result(Iso9283.AD_P).subject()).isEqualTo("P2-P4");
        assertThat(run.result(Iso9283.AD_P).clause()).isEqualTo(Iso9283.CLAUSE_DISTANCE_ACCURACY);
        assertThat(run.measurements()).hasSize(20);
    }
}
