package org.testbench.standards.reducer;

/**
 * Hysteresis loss (in catalogues also "backlash"): the width of the hysteresis loop at zero
 * torque, θ(0, unloading from +T_R) - θ(0, unloading from -T_R). Each twist is interpolated on
 * its sweep where the torque passes zero, so no sample needs to sit exactly at T = 0.
 *
 * @param lossArcmin                      the loop width at T = 0, arcmin
 * @param twistUnloadedFromPositiveArcmin θ(0) on the falling sweep, arcmin
 * @param twistUnloadedFromNegativeArcmin θ(0) on the rising sweep, arcmin
 */
public record HysteresisLoss(double lossArcmin, double twistUnloadedFromPositiveArcmin,
                             double twistUnloadedFromNegativeArcmin) {

    /**
     * @param curve the hysteresis curve
     * @return its hysteresis loss
     * @throws IllegalArgumentException when a sweep has no samples near zero torque on both sides
     */
    public static HysteresisLoss of(HysteresisCurve curve) {
        double fromPositive = curve.twistAt(Sweep.FALLING, 0);
        double fromNegative = curve.twistAt(Sweep.RISING, 0);
        return new HysteresisLoss(fromPositive - fromNegative, fromPositive, fromNegative);
    }
}
