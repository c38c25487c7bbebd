package org.testbench.standards.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The split of a hysteresis record into sweeps and branches, and reading twist off them. */
class HysteresisCurveTest {

    @Test
    void splitsTheLoopIntoItsFourBranchesByTheTorqueSequence() {
        // Sampled every 2.5 Nm: 0..100 (41 samples), 97.5..-100 (80), -97.5..0 (40) = 161.
        // The reversal at +100 is recognised at 87.5 (10 Nm back), and the samples 97.5..87.5
        // move to the falling sweep; likewise at -100. Zero counts as positive, so:
        // loading + = 0..100 (41) + the final 0 = 42; unloading + = 97.5..0 = 40;
        // loading - = -2.5..-100 = 40; unloading - = -97.5..-2.5 = 39.
        HysteresisCurve curve = SyntheticLoop.loop(2.5).curve();
        assertThat(curve.samples(Branch.LOADING_POSITIVE)).isEqualTo(42);
        assertThat(curve.samples(Branch.UNLOADING_POSITIVE)).isEqualTo(40);
        assertThat(curve.samples(Branch.LOADING_NEGATIVE)).isEqualTo(40);
        assertThat(curve.samples(Branch.UNLOADING_NEGATIVE)).isEqualTo(39);
        assertThat(curve.peakTorqueNm()).isEqualTo(100);
        assertThat(curve.reversalThresholdNm()).isEqualTo(10);
    }

    @Test
    void readsTwistOffEachSweepBetweenSamples() {
        // 3 Nm lies between the samples at 2.5 and 5 Nm, on straight pieces of both sweeps:
        // rising -1 + 3/10 = -0.7; falling -θr(-3) = -(-1 - 0.09) = 1.09; midline 0.195.
        HysteresisCurve curve = SyntheticLoop.loop(2.5).curve();
        assertThat(curve.twistAt(Sweep.RISING, 3)).isCloseTo(-0.7, within(1e-12));
        assertThat(curve.twistAt(Sweep.FALLING, 3)).isCloseTo(1.09, within(1e-12));
        assertThat(curve.midlineAt(3)).isCloseTo(0.195, within(1e-12));
    }

    @Test
    void theSplitDoesNotDependOnWhereTheRecordStartsOrOnRepeatedPoints() {
        // Starting 60 samples in (at 50 Nm on the falling sweep) and wrapping round, or recording
        // every point three times as a dwell would, gives the same sweeps: the loss stays 2 h.
        HysteresisCurve rotated = SyntheticLoop.loop(2.5).rotated(60).curve();
        HysteresisCurve dwelling = SyntheticLoop.loop(2.5).repeated(3).curve();
        assertThat(HysteresisLoss.of(rotated).lossArcmin()).isCloseTo(2, within(1e-12));
        assertThat(HysteresisLoss.of(dwelling).lossArcmin()).isCloseTo(2, within(1e-12));
        assertThat(dwelling.samples(Branch.UNLOADING_NEGATIVE)).isEqualTo(3 * 39);
        assertThat(LostMotion.atTorque(rotated, 3).lostMotionArcmin()).isCloseTo(0.39, within(1e-12));
    }

    @Test
    void aRecordStartingAtTheNegativePeakKeepsItsRange() {
        // Rotated to start at sample 120 (-100 Nm, the end of loading to -T_R): the first
        // movement is rising, and the negative peak lies before it was recognised.
        HysteresisCurve curve = SyntheticLoop.loop(2.5).rotated(120).curve();
        assertThat(curve.peakTorqueNm()).isEqualTo(100);
        assertThat(curve.samples(Branch.LOADING_NEGATIVE) + curve.samples(Branch.UNLOADING_NEGATIVE)
                + curve.samples(Branch.LOADING_POSITIVE) + curve.samples(Branch.UNLOADING_POSITIVE)).isEqualTo(161);
        assertThat(HysteresisLoss.of(curve).lossArcmin()).isCloseTo(2, within(1e-12));
    }

    @Test
    void twoLoopsInOneRecordGiveTheSameCurve() {
        SyntheticLoop twice = SyntheticLoop.loop(2.5);
        twice.ramp(2.5, SyntheticLoop.RATED, 2.5).ramp(SyntheticLoop.RATED - 2.5, -SyntheticLoop.RATED, 2.5)
                .ramp(-SyntheticLoop.RATED + 2.5, 0, 2.5);
        HysteresisCurve curve = twice.curve();
        assertThat(curve.samples(Branch.UNLOADING_POSITIVE)).isEqualTo(80);
        assertThat(HysteresisLoss.of(curve).lossArcmin()).isCloseTo(2, within(1e-12));
    }

    @Test
    void aMissingBranchIsNamed() {
        // 0 -> +100 -> 0 -> -100 and stop: the unloading from -T_R was never recorded.
        SyntheticLoop stopped = SyntheticLoop.loop(2.5).truncated(121);
        assertThatThrownBy(stopped::curve).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("branch 'unloading -T_R -> 0' is missing")
                .hasMessageContaining("0 -> +T_R -> 0 -> -T_R -> 0");
        // Only the positive half: the first branch missing in sequence order is loading to -T_R.
        SyntheticLoop positiveOnly = new SyntheticLoop().ramp(0, 100, 2.5).ramp(97.5, 0, 2.5);
        assertThatThrownBy(positiveOnly::curve).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("branch 'loading 0 -> -T_R' is missing (0 samples");
        // Noise round zero is no branch: -0.5 Nm reaches 0.5 % of the peak, not the 50 % required.
        SyntheticLoop barely = new SyntheticLoop().ramp(0, 100, 2.5).ramp(97.5, -0.5, 0.5).ramp(0, 0, 1);
        assertThatThrownBy(barely::curve).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("branch 'loading 0 -> -T_R' is missing");
    }

    @Test
    void badSamplesAreRejected() {
        double[] torque = SyntheticLoop.loop(2.5).torque();
        double[] twist = SyntheticLoop.loop(2.5).twist();
        twist[7] = Double.NaN;
        assertThatThrownBy(() -> HysteresisCurve.of(torque, twist)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample 7 is not a finite number");
        double[] badTorque = SyntheticLoop.loop(2.5).torque();
        badTorque[5] = Double.NaN;
        assertThatThrownBy(() -> HysteresisCurve.of(badTorque, SyntheticLoop.loop(2.5).twist()))
                .hasMessageContaining("sample 5 is not a finite number");
        badTorque[5] = Double.POSITIVE_INFINITY;
        assertThatThrownBy(() -> HysteresisCurve.of(badTorque, SyntheticLoop.loop(2.5).twist()))
                .hasMessageContaining("sample 5 is not a finite number");
        assertThatThrownBy(() -> HysteresisCurve.of(new double[3], new double[4]))
                .hasMessageContaining("3 torques but 4 twists");
        assertThatThrownBy(() -> HysteresisCurve.of(new double[8], new double[8]))
                .hasMessageContaining("the torque is zero throughout");
    }

    @Test
    void interpolationRefusesToBridgeAWideGap() {
        // Steps of 25 Nm leave gaps of 25 % of the peak, wider than the 20 % interpolation bridges:
        // -3 Nm on the rising sweep lies between the samples at -25 and 0 Nm.
        HysteresisCurve coarse = SyntheticLoop.loop(25).curve();
        assertThatThrownBy(() -> LostMotion.atTorque(coarse, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the rising sweep (unloading from -T_R, then loading to +T_R) has no samples"
                        + " between -25.00 and 0.000 Nm")
                .hasMessageContaining("at most 20.00 Nm");
    }
}
