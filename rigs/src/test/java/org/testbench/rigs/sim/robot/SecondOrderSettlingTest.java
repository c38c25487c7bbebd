package org.testbench.rigs.sim.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.SampledTrajectory;
import org.testbench.standards.iso9283.StabilizationCycle;

class SecondOrderSettlingTest {

    /** 5 Hz, ζ = 0.3: decays as e^(-3π τ), half period 1 / (10 √0.91) s. */
    private final SecondOrderSettling settling = new SecondOrderSettling(5, 0.3);

    @Test
    void theResponseStartsAtOneAndItsExtremesArePowersOfMinusM() {
        double m = Math.exp(-0.3 * Math.PI / Math.sqrt(1 - 0.09));
        double half = 1 / (10 * Math.sqrt(0.91));

        assertThat(settling.overshootRatio()).isCloseTo(0.372326, within(1e-6));
        assertThat(settling.overshootRatio()).isCloseTo(m, within(1e-15));
        assertThat(settling.halfPeriodS()).isCloseTo(half, within(1e-15));
        assertThat(settling.response(0)).isEqualTo(1);
        assertThat(settling.response(half)).isCloseTo(-m, within(1e-12));
        assertThat(settling.response(2 * half)).isCloseTo(m * m, within(1e-12));
        // an extreme is where the response turns: neighbours on both sides are nearer zero
        assertThat(settling.response(half - 1e-4)).isGreaterThan(-m);
        assertThat(settling.response(half + 1e-4)).isGreaterThan(-m);
    }

    @Test
    void settlingTimeIsTheLastBandCrossingFoundByAFineScan() {
        double step = 0.5;
        double band = 0.02;
        double last = 0;
        for (double tau = 0; tau < 3; tau += 1e-6) {
            if (step * Math.abs(settling.response(tau)) > band) {
                last = tau;
            }
        }

        assertThat(settling.settlingTimeS(step, band)).isCloseTo(last, within(2e-6));
        assertThat(settling.settlingTimeS(0.01, band)).as("a step inside the band").isZero();
    }

    @Test
    void stabilizationAndOvershootAgreeWithTheStandardsMeasurementOfTheSampledResponse() {
        double step = 0.5;
        double band = 0.02;
        for (double signal : new double[] {0, 0.05, 0.13, 0.3}) {
            StabilizationCycle measured = StabilizationCycle.of(sampled(step, signal), signal, band);

            assertThat(measured.stabilizationTimeS()).as("signal at %s s", signal)
                    .isCloseTo(Math.max(0, settling.settlingTimeS(step, band) - signal), within(1e-5));
            assertThat(measured.overshootMm()).as("signal at %s s", signal)
                    .isCloseTo(settling.overshootMm(step, band, signal), within(1e-6));
        }
        assertThat(settling.overshootMm(step, band, 0)).isCloseTo(step * settling.overshootRatio(), within(1e-15));
        assertThat(settling.overshootMm(step, 0.2, 0)).as("the first overshoot stays inside the band").isZero();
    }

    @Test
    void aRigidMechanismSettlesAtOnce() {
        SecondOrderSettling rigid = SecondOrderSettling.RIGID;

        assertThat(rigid.rigid()).isTrue();
        assertThat(rigid.response(0)).isEqualTo(1);
        assertThat(rigid.response(1e-9)).isZero();
        assertThat(rigid.settlingTimeS(1, 0.01)).isZero();
        assertThat(rigid.overshootMm(1, 0.01, 0)).isZero();
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> new SecondOrderSettling(5, 1)).hasMessageContaining("damping ratio must lie in (0, 1)");
        assertThatThrownBy(() -> new SecondOrderSettling(-1, 0.5)).hasMessageContaining("natural frequency");
        assertThatThrownBy(() -> new SecondOrderSettling(0, 0.5)).hasMessageContaining("rigid");
    }

    /** The response along a line, sampled every 10 µs from before the signal to 2 s. */
    private SampledTrajectory sampled(double step, double signal) {
        List<Double> times = new ArrayList<>();
        List<Vector3> positions = new ArrayList<>();
        for (int k = 0; k <= 200_000; k++) {
            double tau = k * 1e-5;
            times.add(tau);
            positions.add(new Vector3(800 + step * settling.response(tau), 0, 800));
        }
        return SampledTrajectory.ofPositions(times.stream().mapToDouble(Double::doubleValue).toArray(), positions);
    }
}
