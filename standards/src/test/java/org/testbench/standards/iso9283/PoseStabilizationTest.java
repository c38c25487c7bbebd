package org.testbench.standards.iso9283;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.standards.geometry.Vector3;

/** Stabilization time and overshoot on sampled approaches computed by hand. */
class PoseStabilizationTest {

    private static final double BAND = 0.1;

    /**
     * Signal at 1.0 s; x at 0.9 (ignored), 1.0 .. 1.4 s: 100.5, 100.30, 100.05, 99.85, 100.02, 100.00.
     * Final position x = 100, so d = 0.30, 0.05, 0.15, 0.02, 0 from the signal on.
     */
    private static final SampledTrajectory OVERSHOOTING = along(new double[] {0.9, 1.0, 1.1, 1.2, 1.3, 1.4},
            100.5, 100.30, 100.05, 99.85, 100.02, 100.00);

    @Test
    void stabilizationTimeAndOvershootOfOneCycleByHand() {
        // Last outside the band: d = 0.15 at 1.2 s, next d = 0.02 at 1.3 s. Crossing of d = 0.1 at
        // 1.2 + (0.15 - 0.1) / (0.15 - 0.02) * 0.1 = 1.2384615385 s -> 0.2384615385 s after the signal.
        // First inside at 1.1 s (0.05), leaves again at 1.2 s: overshoot = max(0.05, 0.15, 0.02, 0) = 0.15.
        // The 100.5 at 0.9 s precedes the signal and counts for neither.
        StabilizationCycle cycle = StabilizationCycle.of(OVERSHOOTING, 1.0, BAND);
        assertThat(cycle.stabilizationTimeS()).isCloseTo(0.2384615385, within(1e-9));
        assertThat(cycle.overshootMm()).isCloseTo(0.15, within(1e-9));
        assertThat(cycle.finalPosition()).isEqualTo(new Vector3(100, 0, 0));
    }

    @Test
    void anApproachThatNeverLeavesTheBandHasNoOvershoot() {
        // d = 0.5, 0.2, 0.05, 0 at 0, 0.1, 0.2, 0.3 s, signal at 0: crossing between 0.1 and 0.2 s at
        // 0.1 + (0.2 - 0.1) / (0.2 - 0.05) * 0.1 = 0.1666666667 s; inside from 0.2 s on, never out again.
        StabilizationCycle cycle = StabilizationCycle.of(along(new double[] {0, 0.1, 0.2, 0.3},
                100.5, 100.2, 100.05, 100), 0, BAND);
        assertThat(cycle.stabilizationTimeS()).isCloseTo(0.1666666667, within(1e-9));
        assertThat(cycle.overshootMm()).isZero();
    }

    @Test
    void anApproachAlreadySettledAtTheSignalTakesNoTime() {
        StabilizationCycle cycle = StabilizationCycle.of(along(new double[] {2, 2.1, 2.2}, 100.05, 99.98, 100), 2, BAND);
        assertThat(cycle.stabilizationTimeS()).isZero();
        assertThat(cycle.overshootMm()).isZero();
    }

    @Test
    void cyclesAverageTheTimeAndAggregateTheOvershoot() {
        // Times 0.2384615385, 0.1666666667, 0: mean 0.4051282051 / 3 = 0.1350427350.
        // Overshoots 0.15, 0, 0: max 0.15, mean 0.05.
        List<StabilizationCycle> cycles = List.of(StabilizationCycle.of(OVERSHOOTING, 1.0, BAND),
                new StabilizationCycle(0.1666666667, 0, Vector3.ZERO), new StabilizationCycle(0, 0, Vector3.ZERO));
        PoseStabilization byDefault = PoseStabilization.of(cycles);
        assertThat(byDefault.cycles()).isEqualTo(3);
        assertThat(byDefault.stabilizationTimeS()).isCloseTo(0.1350427350, within(1e-9));
        assertThat(byDefault.overshootMm()).isCloseTo(0.15, within(1e-12));
        assertThat(byDefault.overshootAggregate()).isEqualTo(CycleAggregate.MAX);
        assertThat(PoseStabilization.of(cycles, CycleAggregate.MEAN).overshootMm()).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void badBandsTooFewSamplesAndNoCyclesAreRejected() {
        assertThatThrownBy(() -> StabilizationCycle.of(OVERSHOOTING, 1.0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit band");
        assertThatThrownBy(() -> StabilizationCycle.of(OVERSHOOTING, 1.35, BAND))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 samples").hasMessageContaining("got 1").hasMessageContaining("1.35");
        assertThatThrownBy(() -> PoseStabilization.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 cycle, got 0");
        assertThatThrownBy(() -> CycleAggregate.MEAN.of())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 cycle");
    }

    @Test
    void trajectoriesNeedIncreasingTimesOnePerPose() {
        List<Vector3> three = List.of(Vector3.ZERO, Vector3.ZERO, Vector3.ZERO);
        assertThatThrownBy(() -> SampledTrajectory.ofPositions(new double[] {0, 1, 1}, three))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strictly increasing").hasMessageContaining("sample 2");
        assertThatThrownBy(() -> SampledTrajectory.ofPositions(new double[] {0, 1}, three))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 times and 3 poses");
        assertThatThrownBy(() -> SampledTrajectory.ofPositions(new double[] {0}, three.subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 samples");
        SampledTrajectory t = SampledTrajectory.ofPositions(new double[] {0, 0.5}, List.of(Vector3.ZERO, new Vector3(1, 2, 3)));
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.time(1)).isEqualTo(0.5);
        assertThat(t.pose(1).c()).isZero();
    }

    private static SampledTrajectory along(double[] times, double... x) {
        List<Vector3> positions = new ArrayList<>();
        for (double v : x) {
            positions.add(new Vector3(v, 0, 0));
        }
        return SampledTrajectory.ofPositions(times, positions);
    }
}
