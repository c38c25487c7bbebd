package org.testbench.rigs.sim.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.rigs.sim.reducer.TransmissionHarmonic.Shaft;

/**
 * The model's closed forms against values worked out by hand from the bundled harmonic reducer:
 * ratio 100, K1 6.7 / K2 9.4 / K3 12.0 Nm/arcmin, T1 7 / T2 25 Nm, H 0.70 arcmin, transition
 * 10 Nm (r = 5), lost motion 0.80 arcmin at 1.5 Nm, starting 0.05 / running 0.035 Nm,
 * viscous 2.5e-5 Nm/rpm, reference 25 degC, 0.01/K, forward 0.85, back-driving 6.5 Nm,
 * ambient 23 degC, R 0.8 K/W, C 2000 J/K. Tolerances are rounding of the hand arithmetic.
 */
class ReducerModelTest {

    private static final double EXACT = 1e-12;
    private final ReducerModel model = new ReducerModel(ReducerParams.builder().build());

    @Test
    void threeSegmentStiffness() {
        StiffnessCurve s = model.params().stiffness();
        assertThat(s.twistArcmin(5)).isCloseTo(5 / 6.7, within(EXACT));
        // 7/6.7 + 3/9.4 = 1.044776 + 0.319149
        assertThat(s.twistArcmin(10)).isCloseTo(1.363925, within(1e-6));
        assertThat(s.twistArcmin(-10)).isCloseTo(-1.363925, within(1e-6));
        // 7/6.7 + 18/9.4 + 5/12 = 1.044776 + 1.914894 + 0.416667
        assertThat(s.twistArcmin(30)).isCloseTo(3.376337, within(1e-6));
    }

    @Test
    void lostMotionIsTheParameterAtItsTorqueAndFollowsTheMidlineElsewhere() {
        assertThat(model.expectedLostMotionArcmin(1.5)).isCloseTo(0.80, within(EXACT));
        // play D = 0.80 - 2 * 1.5 / 6.7 = 0.352239; at 2 Nm: 2 * 2 / 6.7 + D = 0.597015 + 0.352239
        assertThat(model.expectedLostMotionArcmin(2.0)).isCloseTo(0.949254, within(1e-6));
        // at 1 Nm the play is two-thirds taken up: 2 / 6.7 + D * 2 / 3 = 0.298507 + 0.234826
        assertThat(model.expectedLostMotionArcmin(1.0)).isCloseTo(0.533333, within(1e-6));
        // wear: 0.05 arcmin per million output revolutions
        assertThat(model.expectedLostMotionArcmin(1.5, 2e6)).isCloseTo(0.90, within(EXACT));
        assertThat(model.expectedLostMotionIncreaseArcmin(2e6)).isCloseTo(0.10, within(EXACT));
    }

    @Test
    void hysteresisLossOpensWithTheLoopsAmplitude() {
        assertThat(model.expectedHysteresisLossArcmin()).isCloseTo(0.70, within(EXACT));
        // r = 5 Nm: H * (7.5 / 5 - 1)
        assertThat(model.expectedHysteresisLossArcmin(7.5)).isCloseTo(0.35, within(EXACT));
        assertThat(model.expectedHysteresisLossArcmin(4)).isZero();
        // at start-up p = -r, so at T = 0 the twist sits on the loading branch, -H/2
        assertThat(model.twistArcmin(0, model.initialPlayNm(), 0)).isCloseTo(-0.35, within(EXACT));
    }

    @Test
    void aSampledLoopShowsTheExpectedWidthMidlineAndSlopes() {
        double play = model.initialPlayNm();
        double[] rising = new double[101];
        double[] falling = new double[101];
        double[] risingAgain = new double[101];
        // 0 -> +50 -> 0 -> -50 -> 0 -> +50 in 0.5 Nm steps, as a hysteresis test loads the output
        for (int k = 0; k <= 100; k++) {
            play = model.nextPlayNm(play, 0.5 * k);
            rising[k] = model.twistArcmin(0.5 * k, play, 0);
        }
        for (int k = 100; k >= -100; k--) {
            play = model.nextPlayNm(play, 0.5 * k);
            if (k >= 0) {
                falling[k] = model.twistArcmin(0.5 * k, play, 0);
            }
        }
        for (int k = -100; k <= 100; k++) {
            play = model.nextPlayNm(play, 0.5 * k);
            if (k >= 0) {
                risingAgain[k] = model.twistArcmin(0.5 * k, play, 0);
            }
        }
        // width at T = 0: unloading from + minus loading from -
        assertThat(falling[0] - risingAgain[0]).isCloseTo(0.70, within(EXACT));
        // K1 on [t, T1] = [1.5, 7] and K3 on [25, 50] from the loading branch
        assertThat((risingAgain[14] - risingAgain[4]) * 6.7).isCloseTo(5.0, within(1e-9));
        assertThat(5.0 / (risingAgain[14] - risingAgain[4])).isCloseTo(model.expectedK1(), within(1e-9));
        assertThat(20.0 / (risingAgain[100] - risingAgain[60])).isCloseTo(model.expectedK3(), within(1e-9));
        // the first loading from start-up already lies on the loading branch
        assertThat(rising[40]).isCloseTo(risingAgain[40], within(EXACT));
        assertThat(rising[40]).isCloseTo(model.loadingBranchTwistArcmin(20), within(EXACT));
        // 2r = 10 Nm after the reversal at 50 Nm the twist is on the unloading branch
        assertThat(falling[80]).isCloseTo(model.unloadingBranchTwistArcmin(40), within(EXACT));
        // after a reversal the twist never runs backwards: it falls as the torque falls
        for (int k = 1; k <= 100; k++) {
            assertThat(falling[k]).isGreaterThanOrEqualTo(falling[k - 1]);
        }
    }

    @Test
    void transmissionErrorIsTheSumOfItsHarmonics() {
        // 0.25 sin(30 deg) + 0.10 sin(75 deg) + 0.05 sin(0)
        assertThat(model.transmissionErrorArcmin(0)).isCloseTo(0.125 + 0.0965926, within(1e-7));
        // input 9000 deg = 25 turns, output 90 deg: 0.25 sin(120) + 0.10 sin(255) + 0.05 sin(0)
        assertThat(model.transmissionErrorArcmin(9000)).isCloseTo(0.2165064 - 0.0965926, within(1e-7));
        assertThat(model.expectedDominantHarmonic()).contains(new TransmissionHarmonic(Shaft.OUTPUT, 1, 0.25, 30));
        assertThat(model.expectedDominantHarmonic().orElseThrow().cyclesPerOutputRevolution(100)).isEqualTo(1);
        assertThat(new TransmissionHarmonic(Shaft.INPUT, 2, 0.05, 0).cyclesPerOutputRevolution(100)).isEqualTo(200);
    }

    @Test
    void transmissionAccuracyIsPeakToPeakOverOneOutputTurn() {
        ReducerModel single = new ReducerModel(ReducerParams.builder()
                .harmonics(List.of(new TransmissionHarmonic(Shaft.OUTPUT, 1, 0.3, 0))).build());
        assertThat(single.expectedTransmissionAccuracyArcmin()).isCloseTo(0.6, within(0.3e-4));
        // 0.3 sin x + 0.1 sin 100x peaks where sin 100x = 1 next to x = 90 deg, x = 90.9 deg:
        // 0.3 cos(0.9 deg) + 0.1 = 0.399963, and symmetrically below
        ReducerModel two = new ReducerModel(ReducerParams.builder().harmonics(List.of(
                new TransmissionHarmonic(Shaft.OUTPUT, 1, 0.3, 0), new TransmissionHarmonic(Shaft.INPUT, 1, 0.1, 0)))
                .build());
        assertThat(two.expectedTransmissionAccuracyArcmin()).isCloseTo(0.799926, within(0.4e-4));
        assertThat(new ReducerModel(ReducerParams.builder().harmonics(List.of()).build())
                .expectedTransmissionAccuracyArcmin()).isZero();
    }

    @Test
    void startingBackDrivingAndNoLoadTorques() {
        assertThat(model.expectedStartingTorqueNm()).isCloseTo(0.05, within(EXACT));
        // 2 K below the reference: friction factor 1.02
        assertThat(model.expectedStartingTorqueNm(23, 0)).isCloseTo(0.051, within(EXACT));
        // wear: 0.002 Nm per million output revolutions
        assertThat(model.expectedStartingTorqueNm(25, 5e6)).isCloseTo(0.06, within(EXACT));
        assertThat(model.expectedNoLoadTorqueIncreaseNm(5e6)).isCloseTo(0.01, within(EXACT));
        assertThat(model.expectedBackDrivingTorqueNm()).isCloseTo(6.5, within(1e-12));
        // 100 * 0.051 / (100 * 0.05 / 6.5)
        assertThat(model.expectedBackDrivingTorqueNm(23, 0)).isCloseTo(6.63, within(1e-12));
        // 0.035 + 2.5e-5 * 2000
        assertThat(model.expectedNoLoadTorqueNm(2000, 25, 0)).isCloseTo(0.085, within(EXACT));
        // at 125 degC the factor would be 0, its floor is 0.3
        assertThat(model.expectedNoLoadTorqueNm(-2000, 125, 0)).isCloseTo(0.0255, within(EXACT));
    }

    @Test
    void efficiencyFallsAtLightLoadAndWhenCold() {
        // (50/100) / (0.5/0.85 + 0.085) = 0.5 / 0.6732353
        assertThat(model.expectedEfficiency(2000, 50, 25)).isCloseTo(0.742682, within(1e-6));
        // 5 Nm: 0.05 / (0.05/0.85 + 0.085) = 0.05 / 0.143824
        assertThat(model.expectedEfficiency(2000, -5, 25)).isCloseTo(0.347648, within(1e-6));
        assertThat(model.expectedEfficiency(2000, 50, 0)).isLessThan(model.expectedEfficiency(2000, 50, 25));
    }

    @Test
    void steadyTemperatureRiseBalancesLossAndCooling() {
        // omega = 209.43951 rad/s; mesh loss 209.43951 * 0.5 * (1/0.85 - 1) = 18.48 W;
        // no-load 209.43951 * 0.085 * (1.02 - 0.01 dT); dT = 0.8 (18.48 + 18.158) / (1 + 0.142419)
        double rise = model.expectedSteadyTemperatureRiseK(2000, -50);
        assertThat(rise).isCloseTo(25.657, within(1e-3));
        // the fixed point: R times the loss the torque balance gives at that temperature
        TorqueBalance balance = model.balance();
        double temperature = 23 + rise;
        double loss = balance.lossW(2000, balance.inputTorqueNm(2000, -50, temperature, 0), -50);
        assertThat(0.8 * loss).isCloseTo(rise, within(1e-9));
        assertThat(model.expectedSteadyTemperatureRiseK(0, -50)).isZero();
    }

    @Test
    void steadyTemperatureRiseWithTheFrictionFactorAtItsFloor() {
        // a tiny housing gets hot enough that the factor sits at its floor 0.3:
        // dT = R (fixed + omega * 0.085 * 0.3) = 20 * (18.48 + 5.3407)
        ReducerModel hot = new ReducerModel(ReducerParams.builder()
                .thermal(new HousingThermal(23, 20, 100)).build());
        assertThat(hot.expectedSteadyTemperatureRiseK(2000, 50)).isCloseTo(476.41, within(0.01));
    }

    @Test
    void housingApproachesItsSteadyTemperatureExponentially() {
        HousingThermal thermal = model.params().thermal();
        assertThat(thermal.timeConstantS()).isEqualTo(1600);
        // steady 23 + 0.8 * 10 = 31; after one time constant 31 - 8 / e
        assertThat(thermal.after(23, 10, 1600)).isCloseTo(28.056964, within(1e-6));
        assertThat(thermal.after(23, 10, 1e9)).isCloseTo(31, within(EXACT));
    }
}
