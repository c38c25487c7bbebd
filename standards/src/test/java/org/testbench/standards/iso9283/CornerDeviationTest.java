package org.testbench.standards.iso9283;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.standards.geometry.Vector3;

/** Corner round-off and overshoot on a hand-computed pass through a right-angled corner. */
class CornerDeviationTest {

    private static final Vector3 CORNER = Vector3.ZERO;
    private static final Vector3 OUTGOING_END = new Vector3(0, 100, 0);

    /**
     * Commanded: along +x into the corner at the origin, then along +y to (0, 100, 0). Attained:
     * (-20, 0), (-4, 0), (2, 4) [swings out past x = 0], (1, 20), (0, 60), (0, 120) [past the edge end],
     * (50, 150) [on the next edge; must not count].
     */
    private static final SampledTrajectory PASS = SampledTrajectory.ofPositions(new double[] {0, 1, 2, 3, 4, 5, 6},
            List.of(new Vector3(-20, 0, 0), new Vector3(-4, 0, 0), new Vector3(2, 4, 0), new Vector3(1, 20, 0),
                    new Vector3(0, 60, 0), new Vector3(0, 120, 0), new Vector3(50, 150, 0)));

    @Test
    void roundOffAndOvershootByHand() {
        // CR: nearest segment (-4, 0)-(2, 4), direction (6, 4). Distance of the origin from its line:
        // |(4, 0) x (6, 4)| / |(6, 4)| = 16 / sqrt(52) = 2.2188007849, at t = 24 / 52 (inside the segment),
        // the point (-4 + 6 * 6/13, 4 * 6/13) = (-16/13, 24/13).
        // CO: distance from the line x = 0 from that point on: 16/13 = 1.2307692, then samples
        // (2, 4) -> 2, (1, 20) -> 1, (0, 60) -> 0; (0, 120) passes the edge end (120 > 100) and stops the
        // search, so (50, 150) does not count. CO = 2.
        CornerDeviation deviation = CornerDeviation.of(PASS, CORNER, OUTGOING_END);
        assertThat(deviation.crMm()).isCloseTo(16 / Math.sqrt(52), within(1e-12));
        assertThat(deviation.crMm()).isCloseTo(2.2188007849, within(1e-9));
        assertThat(deviation.coMm()).isCloseTo(2, within(1e-12));
    }

    @Test
    void aPathThroughTheCornerHasNoRoundOff() {
        // Straight into the corner, then straight up the outgoing edge: CR = 0 and CO = 0.
        SampledTrajectory sharp = SampledTrajectory.ofPositions(new double[] {0, 1, 2},
                List.of(new Vector3(-50, 0, 0), CORNER, new Vector3(0, 50, 0)));
        CornerDeviation deviation = CornerDeviation.of(sharp, CORNER, OUTGOING_END);
        assertThat(deviation.crMm()).isZero();
        assertThat(deviation.coMm()).isZero();
    }

    @Test
    void cyclesCombineByTheChosenAggregate() {
        // CR 2, 1, 1.5 and CO 2, 3, 1: MAX (2, 3); MEAN (4.5 / 3, 6 / 3) = (1.5, 2).
        List<CornerDeviation> cycles = List.of(new CornerDeviation(2, 2), new CornerDeviation(1, 3),
                new CornerDeviation(1.5, 1));
        assertThat(CornerDeviation.over(cycles, CycleAggregate.MAX)).isEqualTo(new CornerDeviation(2, 3));
        CornerDeviation mean = CornerDeviation.over(cycles, CycleAggregate.MEAN);
        assertThat(mean.crMm()).isCloseTo(1.5, within(1e-12));
        assertThat(mean.coMm()).isCloseTo(2, within(1e-12));
    }

    @Test
    void aDegenerateEdgeOrNoCyclesIsAnError() {
        assertThatThrownBy(() -> CornerDeviation.of(PASS, CORNER, CORNER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no length");
        assertThatThrownBy(() -> CornerDeviation.over(List.of(), CycleAggregate.MAX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 cycle, got 0");
    }
}
