package org.testbench.rigs.sim.reducer;

import java.util.Optional;

/**
 * The simulated reducer's physics, pure: the output angle for an input angle, load and history,
 * the input torque and speed, the losses; and, for known-answer tests, the expected value of
 * every characteristic a reducer test measures, in closed form from the parameters. A test
 * compares what a procedure measured through the rig with these, never with a copied number.
 *
 * <p>Expected values are noise-free and hold under the conditions each method states. Torques
 * are at the output unless the name says input; angles in arcmin; speeds in input rpm.
 */
public final class ReducerModel {

    /** Samples per cycle of the fastest transmission-error harmonic when searching its extremes. */
    private static final int SAMPLES_PER_CYCLE = 256;

    private final ReducerParams params;
    private final TwistModel twist;
    private final TorqueBalance balance;

    /** @param params the reducer */
    public ReducerModel(ReducerParams params) {
        this.params = params;
        this.twist = new TwistModel(params);
        this.balance = new TorqueBalance(params);
    }

    /** @return the parameters */
    public ReducerParams params() {
        return params;
    }


    /**
     * @param inputAngleDeg     input shaft angle, degrees, multi-turn
     * @param loadNm            output torque
     * @param playNm            the hysteresis state at that torque ({@link #nextPlayNm})
     * @param outputRevolutions output revolutions run so far (wear)
     * @return the output angle: input / i + transmission error + twist, degrees
     */
    public double outputAngleDeg(double inputAngleDeg, double loadNm, double playNm, double outputRevolutions) {
        double errorArcmin = transmissionErrorArcmin(inputAngleDeg) + twistArcmin(loadNm, playNm, outputRevolutions);
        return inputAngleDeg / params.ratio() + errorArcmin / 60;
    }

    /**
     * @param torqueNm          output torque
     * @param playNm            the hysteresis state at that torque
     * @param outputRevolutions output revolutions run so far
     * @return the twist of the output against the input, arcmin
     */
    public double twistArcmin(double torqueNm, double playNm, double outputRevolutions) {
        return twist.twistArcmin(torqueNm, playNm, outputRevolutions);
    }

    /** @return the hysteresis state at start-up, Nm: as if last loaded from below */
    public double initialPlayNm() {
        return twist.initialPlayNm();
    }

    /**
     * @param playNm   the hysteresis state before the torque changed
     * @param torqueNm the new output torque, reached monotonically
     * @return the hysteresis state after the change
     */
    public double nextPlayNm(double playNm, double torqueNm) {
        return twist.nextPlayNm(playNm, torqueNm);
    }

    /**
     * @param inputAngleDeg input shaft angle, degrees, multi-turn
     * @return the transmission error θ_out - θ_in / i of the unloaded reducer, arcmin
     */
    public double transmissionErrorArcmin(double inputAngleDeg) {
        double sum = 0;
        for (TransmissionHarmonic h : params.harmonics()) {
            sum += h.errorArcmin(inputAngleDeg, params.ratio());
        }
        return sum;
    }


    /**
     * @param torqueNm          output torque
     * @param outputRevolutions output revolutions run so far
     * @return the midline of a loop to ±T_R at that torque (mean of loading and unloading branch), arcmin
     */
    public double midlineTwistArcmin(double torqueNm, double outputRevolutions) {
        return twist.midlineArcmin(torqueNm, outputRevolutions);
    }

    /**
     * @param torqueNm output torque, more than the transition torque above the last reversal
     * @return the loading (rising-torque) branch of the loop, new reducer, arcmin
     */
    public double loadingBranchTwistArcmin(double torqueNm) {
        return twist.midlineArcmin(torqueNm, 0) - twist.fullHysteresisLossArcmin() / 2;
    }

    /**
     * @param torqueNm output torque, more than the transition torque below the last reversal
     * @return the unloading (falling-torque) branch of the loop, new reducer, arcmin
     */
    public double unloadingBranchTwistArcmin(double torqueNm) {
        return twist.midlineArcmin(torqueNm, 0) + twist.fullHysteresisLossArcmin() / 2;
    }

    /**
     * @param torqueNm t, the torque the lost motion is taken at
     * @return the expected lost motion of a new reducer: midline(+t) - midline(-t), arcmin
     */
    public double expectedLostMotionArcmin(double torqueNm) {
        return expectedLostMotionArcmin(torqueNm, 0);
    }

    /**
     * @param torqueNm          t, the torque the lost motion is taken at
     * @param outputRevolutions output revolutions run before the test (wear)
     * @return the expected lost motion: midline(+t) - midline(-t), arcmin
     */
    public double expectedLostMotionArcmin(double torqueNm, double outputRevolutions) {
        return twist.midlineArcmin(Math.abs(torqueNm), outputRevolutions)
                - twist.midlineArcmin(-Math.abs(torqueNm), outputRevolutions);
    }

    /** @return the expected hysteresis loss of a loop to ±T_R (0 -> +T_R -> 0 -> -T_R -> 0), arcmin */
    public double expectedHysteresisLossArcmin() {
        return expectedHysteresisLossArcmin(params.ratedTorqueNm());
    }

    /**
     * @param amplitudeNm the loop's torque amplitude A
     * @return the expected loop width at T = 0 of a loop to ±A, arcmin; smaller than the
     *     parameter when A is less than the transition torque beyond it
     */
    public double expectedHysteresisLossArcmin(double amplitudeNm) {
        return twist.hysteresisLossArcmin(amplitudeNm);
    }

    /** @return the slope of the loading branch between t (the lost-motion torque) and T1, Nm/arcmin */
    public double expectedK1() {
        return params.stiffness().k1NmPerArcmin();
    }

    /** @return the slope of the loading branch between T1 and T2, Nm/arcmin */
    public double expectedK2() {
        return params.stiffness().k2NmPerArcmin();
    }

    /** @return the slope of the loading branch between T2 and T_R, Nm/arcmin */
    public double expectedK3() {
        return params.stiffness().k3NmPerArcmin();
    }

    /**
     * @param outputRevolutions output revolutions run
     * @return how much wear has added to the lost motion, arcmin
     */
    public double expectedLostMotionIncreaseArcmin(double outputRevolutions) {
        return twist.playArcmin(outputRevolutions) - twist.playArcmin(0);
    }


    /**
     * The extremes are searched on a grid of {@value #SAMPLES_PER_CYCLE} points per cycle of the
     * fastest harmonic, which misses a peak by less than 1e-4 of the amplitudes' sum.
     *
     * @return the expected transmission accuracy, max e - min e over the output revolution that
     *     starts at input angle 0, constant load, arcmin
     */
    public double expectedTransmissionAccuracyArcmin() {
        double fastest = params.harmonics().stream()
                .mapToDouble(h -> h.cyclesPerOutputRevolution(params.ratio())).max().orElse(0);
        if (fastest == 0) {
            return 0;
        }
        long samples = (long) Math.ceil(fastest * SAMPLES_PER_CYCLE);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (long k = 0; k <= samples; k++) {
            double e = transmissionErrorArcmin(360.0 * params.ratio() * k / samples);
            max = Math.max(max, e);
            min = Math.min(min, e);
        }
        return max - min;
    }

    /**
     * @return the harmonic with the largest amplitude (the first of equals), which a spectrum of the
     *     error over an output revolution shows at {@link TransmissionHarmonic#cyclesPerOutputRevolution};
     *     empty when the reducer has no transmission error
     */
    public Optional<TransmissionHarmonic> expectedDominantHarmonic() {
        TransmissionHarmonic dominant = null;
        for (TransmissionHarmonic h : params.harmonics()) {
            if (dominant == null || h.amplitudeArcmin() > dominant.amplitudeArcmin()) {
                dominant = h;
            }
        }
        return Optional.ofNullable(dominant);
    }


    /** @return the expected starting torque of a new reducer at the friction's reference temperature, input Nm */
    public double expectedStartingTorqueNm() {
        return expectedStartingTorqueNm(params.friction().referenceTemperatureC(), 0);
    }

    /**
     * @param temperatureC      housing temperature
     * @param outputRevolutions output revolutions run so far (wear)
     * @return the smallest input torque that starts the unloaded reducer, input Nm
     */
    public double expectedStartingTorqueNm(double temperatureC, double outputRevolutions) {
        return params.friction().breakawayNm(temperatureC, outputRevolutions);
    }

    /** @return the expected back-driving torque of a new reducer at the friction's reference temperature, Nm */
    public double expectedBackDrivingTorqueNm() {
        return expectedBackDrivingTorqueNm(params.friction().referenceTemperatureC(), 0);
    }

    /**
     * @param temperatureC      housing temperature
     * @param outputRevolutions output revolutions run so far (wear)
     * @return the smallest output torque that turns the input with the servo off, Nm
     */
    public double expectedBackDrivingTorqueNm(double temperatureC, double outputRevolutions) {
        return params.ratio() * params.friction().breakawayNm(temperatureC, outputRevolutions)
                / params.backwardEfficiency();
    }

    /**
     * @param inputRpm          input speed
     * @param temperatureC      housing temperature
     * @param outputRevolutions output revolutions run so far (wear)
     * @return the input torque that turns the unloaded reducer at that speed, input Nm
     */
    public double expectedNoLoadTorqueNm(double inputRpm, double temperatureC, double outputRevolutions) {
        return params.friction().noLoadNm(inputRpm, temperatureC, outputRevolutions);
    }

    /**
     * @param outputRevolutions output revolutions run
     * @return how much wear has added to the starting and the no-load running torque, input Nm
     */
    public double expectedNoLoadTorqueIncreaseNm(double outputRevolutions) {
        return params.friction().wearNm(outputRevolutions);
    }

    /**
     * @param inputRpm     input speed, not 0
     * @param loadNm       output torque opposing the motion (the input drives), either sign
     * @param temperatureC housing temperature
     * @return η = (T_out ω_out) / (T_in ω_in) of a new reducer, in [0, 1)
     */
    public double expectedEfficiency(double inputRpm, double loadNm, double temperatureC) {
        double delivered = Math.abs(loadNm) / params.ratio();
        return delivered / (delivered / params.forwardEfficiency() + expectedNoLoadTorqueNm(inputRpm, temperatureC, 0));
    }

    /**
     * @param inputRpm input speed
     * @param loadNm   output torque opposing the motion
     * @return the housing's steady temperature rise over ambient, new reducer, K
     */
    public double expectedSteadyTemperatureRiseK(double inputRpm, double loadNm) {
        return expectedSteadyTemperatureRiseK(inputRpm, loadNm, 0);
    }

    /**
     * Solves ΔT = R P(θ_a + ΔT) in closed form: the loss falls linearly with temperature until the
     * friction factor reaches its floor, and is constant beyond.
     *
     * @param inputRpm          input speed
     * @param loadNm            output torque opposing the motion
     * @param outputRevolutions output revolutions run so far (wear, held constant)
     * @return the housing's steady temperature rise over ambient, K
     */
    public double expectedSteadyTemperatureRiseK(double inputRpm, double loadNm, double outputRevolutions) {
        Friction f = params.friction();
        HousingThermal thermal = params.thermal();
        double omega = Math.abs(inputRpm) * 2 * Math.PI / 60;
        double fixedW = omega * (Math.abs(loadNm) / params.ratio() * (1 / params.forwardEfficiency() - 1)
                + f.wearNm(outputRevolutions));
        double frictionNm = f.runningTorqueNm() + f.viscousNmPerRpm() * Math.abs(inputRpm);
        double r = thermal.resistanceKPerW();
        double factorAtAmbient = 1 - f.temperatureCoefficientPerK() * (thermal.ambientC() - f.referenceTemperatureC());
        double rise = r * (fixedW + omega * frictionNm * factorAtAmbient)
                / (1 + r * omega * frictionNm * f.temperatureCoefficientPerK());
        if (f.factor(thermal.ambientC() + rise) > f.minimumFactor()) {
            return rise;
        }
        return r * (fixedW + omega * frictionNm * f.minimumFactor());
    }


    /** @return the torque balance the bench drives the input with */
    TorqueBalance balance() {
        return balance;
    }
}
