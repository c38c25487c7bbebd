package org.testbench.standards.iso9283;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/** Plane crossings, AT and RT on examples computed by hand. */
class PathCharacteristicsTest {

    private static final Vector3 POINT = new Vector3(100, 0, 0);
    private static final Vector3 ALONG_X = new Vector3(2, 0, 0);

    @Test
    void crossingIsInterpolatedBetweenTheSamplesAroundThePlane() {
        // s = x - 100 = -10, -1, 1, 10: the run passes the plane between 1 s and 2 s at f = 1 / (1 + 1) = 0.5,
        // so at t = 1.5 s, y = 0.2 + 0.5 * (0.4 - 0.2) = 0.3, c = 0.1 + 0.5 * (0.3 - 0.1) = 0.2 deg.
        SampledTrajectory run = SampledTrajectory.of(new double[] {0, 1, 2, 3}, List.of(
                Pose.of(90, 0.1, 0, 0, 0, 0), Pose.of(99, 0.2, 0, 0, 0, 0.1),
                Pose.of(101, 0.4, 0, 0, 0, 0.3), Pose.of(110, 0.5, 0, 0, 0, 0.3)));
        PathPlaneCrossing crossing = PathPlaneCrossing.find(run, POINT, ALONG_X);
        assertThat(crossing.timeS()).isCloseTo(1.5, within(1e-12));
        assertThat(crossing.pose().position().x()).isCloseTo(100, within(1e-12));
        assertThat(crossing.pose().position().y()).isCloseTo(0.3, within(1e-12));
        assertThat(crossing.pose().c()).isCloseTo(0.2, within(1e-9));
        assertThat(crossing.pose().a()).isCloseTo(0, within(1e-9));
    }

    @Test
    void onlyCrossingsInThePathDirectionCountAndTheNearestIsTaken() {
        // Forward at y = 5 (crossing (100, 5, 0)), back at y = 1 against the path (no crossing),
        // forward again at y = 1 (crossing (100, 1, 0)); the second forward crossing is nearer P_c.
        SampledTrajectory run = SampledTrajectory.ofPositions(new double[] {0, 1, 2, 3}, List.of(
                new Vector3(95, 5, 0), new Vector3(105, 5, 0), new Vector3(95, 1, 0), new Vector3(105, 1, 0)));
        PathPlaneCrossing crossing = PathPlaneCrossing.find(run, POINT, ALONG_X);
        assertThat(crossing.pose().position().y()).isCloseTo(1, within(1e-12));
        assertThat(crossing.timeS()).isCloseTo(2.5, within(1e-12));
        // Against the path direction the same run crosses only once, on its way back.
        PathPlaneCrossing back = PathPlaneCrossing.find(run, POINT, new Vector3(-1, 0, 0));
        assertThat(back.pose().position().y()).isCloseTo(3, within(1e-12));
    }

    @Test
    void aRunThatNeverCrossesOrAZeroDirectionIsAnError() {
        SampledTrajectory run = SampledTrajectory.ofPositions(new double[] {0, 1},
                List.of(new Vector3(90, 0, 0), new Vector3(95, 0, 0)));
        assertThatThrownBy(() -> PathPlaneCrossing.find(run, POINT, ALONG_X))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never crosses");
        assertThatThrownBy(() -> PathPlaneCrossing.find(run, POINT, Vector3.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-zero");
    }

    /** Two commanded points, a = b = c = 0. */
    private static final List<Pose> COMMANDED = List.of(Pose.of(0, 0, 0, 0, 0, 0), Pose.of(100, 0, 0, 0, 0, 0));

    /**
     * Three runs. Point 1: y 0.01, 0.03, 0.02 and a 0.01, 0.03, 0.02; point 2: x 100.05 and a -0.04 every run.
     */
    private static final List<List<Pose>> RUNS = List.of(
            List.of(Pose.of(0, 0.01, 0, 0.01, 0, 0), Pose.of(100.05, 0, 0, -0.04, 0, 0)),
            List.of(Pose.of(0, 0.03, 0, 0.03, 0, 0), Pose.of(100.05, 0, 0, -0.04, 0, 0)),
            List.of(Pose.of(0, 0.02, 0, 0.02, 0, 0), Pose.of(100.05, 0, 0, -0.04, 0, 0)));

    @Test
    void pathAccuracyIsTheWorstPointByHand() {
        // Point 1: P̄ (0, 0.02, 0), |P̄ - P_c| = 0.02, ā = 0.02. Point 2: P̄ (100.05, 0, 0), 0.05, ā = -0.04.
        // ATp = max(0.02, 0.05) = 0.05; ATa = max(|0.02|, |-0.04|) = 0.04.
        PathAccuracy at = PathAccuracy.of(COMMANDED, RUNS);
        assertThat(at.atP()).isCloseTo(0.05, within(1e-9));
        assertThat(at.atA()).isCloseTo(0.04, within(1e-9));
        assertThat(at.atB()).isCloseTo(0, within(1e-9));
        assertThat(at.atC()).isCloseTo(0, within(1e-9));
        assertThat(at.points().get(0).apP()).isCloseTo(0.02, within(1e-9));
        assertThat(at.points().get(1).apA()).isCloseTo(-0.04, within(1e-9));
        assertThat(at.value("ATp")).isEqualTo(at.atP());
    }

    @Test
    void pathRepeatabilityIsTheWorstPointByHand() {
        // Point 1: l = 0.01, 0.01, 0; l̄ = 0.0066666667; deviations 0.0033333, 0.0033333, -0.0066667,
        // Σ² = 6.6666667e-5, S = sqrt(3.3333333e-5) = 0.0057735027, RPl = 0.0066666667 + 0.0173205081
        // = 0.0239871747. a: 0.01, 0.03, 0.02 -> S = 0.01, RPa = 0.03.
        // Point 2: every run alike, RPl = 0, RPa = 0. RTp = 0.0239871747 (point 1), RTa = 0.03.
        PathRepeatability rt = PathRepeatability.of(COMMANDED, RUNS);
        assertThat(rt.rtP()).isCloseTo(0.0239871747, within(1e-9));
        assertThat(rt.rtA()).isCloseTo(0.03, within(1e-9));
        assertThat(rt.rtB()).isCloseTo(0, within(1e-9));
        assertThat(rt.points().get(1).rpL()).isCloseTo(0, within(1e-12));
        assertThat(rt.value("RTa")).isEqualTo(rt.rtA());
    }

    @Test
    void pathCharacteristicsRejectTooFewRunsAndRaggedRuns() {
        assertThatThrownBy(() -> PathRepeatability.of(COMMANDED, RUNS.subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("path repeatability needs at least 2 runs").hasMessageContaining("got 1");
        assertThatThrownBy(() -> PathAccuracy.of(COMMANDED, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 run, got 0");
        List<List<Pose>> ragged = List.of(RUNS.get(0), RUNS.get(1).subList(0, 1));
        assertThatThrownBy(() -> PathAccuracy.of(COMMANDED, ragged))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("run 2 has 1 attained points").hasMessageContaining("(2)");
    }

    @Test
    void crossingsOfSampledRunsFeedPathAccuracy() {
        // Two runs along x at y = 0.01 and y = 0.03, sampled every 10 mm; the crossings at x = 25 and
        // x = 75 lie between samples. Each point's barycentre is (x, 0.02, 0): ATp = 0.02, RTp by hand:
        // l = 0.01, 0.01, l̄ = 0.01, S = 0 -> RTp = 0.01.
        List<Pose> commanded = List.of(Pose.of(25, 0, 0, 0, 0, 0), Pose.of(75, 0, 0, 0, 0, 0));
        List<List<Pose>> runs = List.of(crossings(0.01, commanded), crossings(0.03, commanded));
        assertThat(PathAccuracy.of(commanded, runs).atP()).isCloseTo(0.02, within(1e-12));
        assertThat(PathRepeatability.of(commanded, runs).rtP()).isCloseTo(0.01, within(1e-12));
    }

    private static List<Pose> crossings(double y, List<Pose> commanded) {
        double[] times = new double[11];
        List<Vector3> positions = new ArrayList<>();
        for (int k = 0; k <= 10; k++) {
            times[k] = 0.1 * k;
            positions.add(new Vector3(10 * k, y, 0));
        }
        SampledTrajectory run = SampledTrajectory.ofPositions(times, positions);
        return commanded.stream().map(c -> PathPlaneCrossing.find(run, c.position(), ALONG_X).pose()).toList();
    }
}
