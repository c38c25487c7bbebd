package org.testbench.standards.reducer;

/**
 * Lost motion: the twist span of the hysteresis loop's midline between -t and +t,
 * midline(+t) - midline(-t), where the midline is the mean of the rising and the falling sweep.
 * The torque t is a parameter of the practice followed: 3 % of rated torque for RV reducers,
 * 4 % of rated torque for harmonic ones ({@link Reducers#LOST_MOTION_PERCENT_RV},
 * {@link Reducers#LOST_MOTION_PERCENT_HARMONIC}).
 *
 * @param torqueNm                t, Nm
 * @param lostMotionArcmin        the span, arcmin
 * @param midlineNegativeArcmin   the midline at -t, arcmin
 * @param midlinePositiveArcmin   the midline at +t, arcmin
 */
public record LostMotion(double torqueNm, double lostMotionArcmin, double midlineNegativeArcmin,
                         double midlinePositiveArcmin) {

    /**
     * @param curve    the hysteresis curve
     * @param torqueNm t, > 0 and within the loop, Nm
     * @return the lost motion between -t and +t
     * @throws IllegalArgumentException when t is not positive or the sweeps cannot be read at ±t
     */
    public static LostMotion atTorque(HysteresisCurve curve, double torqueNm) {
        if (!(torqueNm > 0 && torqueNm < curve.peakTorqueNm())) {
            throw new IllegalArgumentException("lost motion: t must lie between 0 and the loop's peak torque "
                    + curve.peakTorqueNm() + " Nm, was " + torqueNm);
        }
        double negative = curve.midlineAt(-torqueNm);
        double positive = curve.midlineAt(torqueNm);
        return new LostMotion(torqueNm, positive - negative, negative, positive);
    }

    /**
     * @param curve         the hysteresis curve
     * @param percent       t as a % of rated torque, e.g. 3
     * @param ratedTorqueNm the rated torque, Nm
     * @return the lost motion between -t and +t
     * @throws IllegalArgumentException when t is not positive or the sweeps cannot be read at ±t
     */
    public static LostMotion atPercentOfRated(HysteresisCurve curve, double percent, double ratedTorqueNm) {
        return atTorque(curve, percent / 100 * ratedTorqueNm);
    }
}
