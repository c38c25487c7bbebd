package org.testbench.standards.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Hysteresis loss, lost motion, K1..K3 and RV rigidity of {@link SyntheticLoop}, whose values
 * follow by hand from its definition.
 */
class HysteresisCharacteristicsTest {

    private static final HysteresisCurve EXACT = SyntheticLoop.loop(2.5).curve();

    @Test
    void hysteresisLossIsTheLoopWidthAtZeroTorque() {
        // θf(0) = -θr(0) = h = 1; θr(0) = -h = -1; loss = 1 - (-1) = 2 arcmin.
        HysteresisLoss loss = HysteresisLoss.of(EXACT);
        assertThat(loss.twistUnloadedFromPositiveArcmin()).isCloseTo(1, within(1e-12));
        assertThat(loss.twistUnloadedFromNegativeArcmin()).isCloseTo(-1, within(1e-12));
        assertThat(loss.lossArcmin()).isCloseTo(2, within(1e-12));
    }

    @Test
    void lostMotionIsTheMidlineSpanBetweenMinusTAndPlusT() {
        // t = 3 Nm (3 % of 100 Nm, RV practice): midline(3) = (-0.7 + 1.09)/2 = 0.195, and by the
        // loop's point symmetry midline(-3) = -0.195, so lost motion = 0.39 arcmin.
        LostMotion rv = LostMotion.atPercentOfRated(EXACT, Reducers.LOST_MOTION_PERCENT_RV, 100);
        assertThat(rv.torqueNm()).isCloseTo(3, within(1e-12));
        assertThat(rv.midlinePositiveArcmin()).isCloseTo(0.195, within(1e-12));
        assertThat(rv.midlineNegativeArcmin()).isCloseTo(-0.195, within(1e-12));
        assertThat(rv.lostMotionArcmin()).isCloseTo(0.39, within(1e-12));
        // t = 4 Nm (harmonic practice): θr(4) = -0.6, θf(4) = -(-1 - 0.12) = 1.12, midline 0.26,
        // lost motion 0.52 arcmin.
        assertThat(LostMotion.atPercentOfRated(EXACT, Reducers.LOST_MOTION_PERCENT_HARMONIC, 100).lostMotionArcmin())
                .isCloseTo(0.52, within(1e-12));
        assertThatThrownBy(() -> LostMotion.atTorque(EXACT, 0)).hasMessageContaining("t must lie between 0");
    }

    @Test
    void stiffnessFitRecoversTheThreeSegments() {
        // Both loading branches follow θ = ∓1 ± g(|T|) exactly, so the fit returns K1 = 10,
        // K2 = 20, K3 = 40 Nm/arcmin, zero-torque twists -1 and +1, and no residual. It uses the
        // 42 + 40 loading samples.
        TorsionalStiffness k = TorsionalStiffness.fit(EXACT, SyntheticLoop.T1, SyntheticLoop.T2);
        assertThat(k.k1NmPerArcmin()).isCloseTo(10, within(1e-9));
        assertThat(k.k2NmPerArcmin()).isCloseTo(20, within(1e-9));
        assertThat(k.k3NmPerArcmin()).isCloseTo(40, within(1e-9));
        assertThat(k.value(Reducers.K2)).isEqualTo(k.k2NmPerArcmin());
        assertThat(k.zeroTwistPositiveArcmin()).isCloseTo(-1, within(1e-12));
        assertThat(k.zeroTwistNegativeArcmin()).isCloseTo(1, within(1e-12));
        assertThat(k.rmsResidualArcmin()).isLessThan(1e-6);
        assertThat(k.samples()).isEqualTo(82);
    }

    @Test
    void stiffnessResidualIsTheRootMeanSquareOfTheMisfit() {
        // Every sample recorded twice, once 0.01 arcmin above and once below the curve: the pairs
        // average to the curve, so K1..K3 do not move, and every residual is ±0.01, RMS 0.01.
        SyntheticLoop loop = SyntheticLoop.loop(2.5);
        double[] torque = loop.torque();
        double[] twist = loop.twist();
        double[] pairedTorque = new double[2 * torque.length];
        double[] pairedTwist = new double[2 * torque.length];
        for (int i = 0; i < torque.length; i++) {
            pairedTorque[2 * i] = torque[i];
            pairedTorque[2 * i + 1] = torque[i];
            pairedTwist[2 * i] = twist[i] + 0.01;
            pairedTwist[2 * i + 1] = twist[i] - 0.01;
        }
        TorsionalStiffness k = TorsionalStiffness.fit(HysteresisCurve.of(pairedTorque, pairedTwist), 20, 60);
        assertThat(k.k1NmPerArcmin()).isCloseTo(10, within(1e-9));
        assertThat(k.k3NmPerArcmin()).isCloseTo(40, within(1e-9));
        assertThat(k.rmsResidualArcmin()).isCloseTo(0.01, within(1e-9));
    }

    @Test
    void k3NeedsTheLoopToGoBeyondT2() {
        assertThatThrownBy(() -> TorsionalStiffness.fit(EXACT, 20, 120)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("K3 needs loading-branch samples at two torques at least with |T| from 120.0 to any Nm,"
                        + " found 0 (the loop's peak torque is 100.0 Nm)");
        assertThatThrownBy(() -> TorsionalStiffness.fit(EXACT, 60, 20)).hasMessageContaining("0 < T1 < T2");
    }

    @Test
    void rigidityIsTheSlopeOfTheLoadingBranchesOverItsSpan() {
        // Over 60..100 Nm both loading branches rise at 1/40 arcmin/Nm: rigidity 40; over 0..20, 10.
        assertThat(TorsionalRigidity.between(EXACT, 60, 100).rigidityNmPerArcmin()).isCloseTo(40, within(1e-9));
        assertThat(TorsionalRigidity.between(EXACT, 0, 20).rigidityNmPerArcmin()).isCloseTo(10, within(1e-9));
        // Catalogue span 50..100 Nm: 21 points per branch, x = 75 + 2.5 u, u = -10..10. With
        // y = g(x): y = 4.375 + 0.0625 u + d(u), d = 0.0625 (u + 6) for u <= -6, else 0.
        // Σu² = 770, Σ u d(u) = 0.0625 (40 + 27 + 16 + 7 + 0) = 5.625, slope in u
        // 0.0625 + 5.625/770 = 53.75/770, in x 53.75/1925 arcmin/Nm: rigidity 1925/53.75 Nm/arcmin.
        TorsionalRigidity catalogue = TorsionalRigidity.ofRatedTorque(EXACT, 100);
        assertThat(catalogue.fromNm()).isEqualTo(50);
        assertThat(catalogue.toNm()).isEqualTo(100);
        assertThat(catalogue.samples()).isEqualTo(42);
        assertThat(catalogue.rigidityNmPerArcmin()).isCloseTo(1925 / 53.75, within(1e-9));
    }

    @Test
    void noisyDenseRecordGivesTheSameCharacteristics() {
        // 400,000 samples with torque noise σT = 0.05 Nm and twist noise σθ = 0.01 arcmin.
        // Loss and lost motion: the torque noise rounds the corners of the sweeps at T = 0 by
        // σT Δslope / sqrt(2π) = 0.05 x 0.07 x 0.4 = 0.0014 arcmin per sweep (0.0028 on the
        // loss); a bin holds ~100 samples, so a twist read between two bins has a standard
        // deviation of about sqrt(0.01² + (0.1 x 0.05)²) / sqrt(100) / sqrt(2) = 0.0008 arcmin, and
        // the loss, a difference of two, 0.0011: 0.0028 + 3 x 0.0011 < 0.008 arcmin. (Lost motion
        // is read away from the corners: no rounding.) K1..K3: the noise in T flattens each
        // slope by σT²/var(T) < 0.01 %; 0.5 % allows for the rounded breaks. The residual is
        // sqrt(σθ² + σT² Σ share c²) = sqrt(1e-4 + 0.0025 (0.2 x 0.01 + 0.4 x 0.0025 + 0.4 x
        // 0.000625)) = 0.010398 arcmin (shares of the samples in the three segments, c = 1/K).
        HysteresisCurve noisy = SyntheticLoop.loop(0.001).noisy(35089, 0.05, 0.01).curve();
        assertThat(HysteresisLoss.of(noisy).lossArcmin()).isCloseTo(2, within(0.008));
        assertThat(LostMotion.atTorque(noisy, 3).lostMotionArcmin()).isCloseTo(0.39, within(0.005));
        TorsionalStiffness k = TorsionalStiffness.fit(noisy, 20, 60);
        assertThat(k.k1NmPerArcmin()).isCloseTo(10, within(0.05));
        assertThat(k.k2NmPerArcmin()).isCloseTo(20, within(0.1));
        assertThat(k.k3NmPerArcmin()).isCloseTo(40, within(0.2));
        assertThat(k.rmsResidualArcmin()).isCloseTo(0.010398, within(0.0003));
    }
}
