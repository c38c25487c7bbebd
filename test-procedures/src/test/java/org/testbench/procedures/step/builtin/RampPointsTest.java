package org.testbench.procedures.step.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RampPointsTest {

    @Test
    void evenlySpacedPointsIncludeBothEnds() {
        assertThat(RampPoints.evenly(0, 10, 3)).containsExactly(0, 5, 10);
        assertThat(RampPoints.evenly(50, -50, 5)).containsExactly(50, 25, 0, -25, -50);
    }

    @Test
    void stepsRunTowardsTheEndAndStopExactlyOnIt() {
        // 0 to 1 in steps of 0.1: ten steps, eleven points, however 0.1 rounds in binary.
        double[] tenths = RampPoints.stepping(0, 1, 0.1);
        assertThat(tenths).hasSize(11);
        assertThat(tenths[10]).isEqualTo(1.0);
        // 0.9 is the last full step below 1; the short last step lands on 1.
        assertThat(RampPoints.stepping(0, 1, 0.3)).containsExactly(0, 0.3, 0.6, 0.8999999999999999, 1);
        // The sign of the step is taken from the direction.
        assertThat(RampPoints.stepping(5, 0, 2)).containsExactly(5, 3, 1, 0);
        assertThat(RampPoints.stepping(5, 0, -2)).containsExactly(5, 3, 1, 0);
        assertThat(RampPoints.stepping(2, 2, 1)).containsExactly(2);
    }

    @Test
    void aZeroOrTooSmallStepIsRefused() {
        assertThatThrownBy(() -> RampPoints.stepping(0, 1, 0)).hasMessage("a ramp's step must not be 0");
        assertThatThrownBy(() -> RampPoints.stepping(0, 1, 1e-6))
                .hasMessage("a ramp from 0.0 to 1.0 in steps of 1.0E-6 has 1000001 points, more than 100000");
    }
}
