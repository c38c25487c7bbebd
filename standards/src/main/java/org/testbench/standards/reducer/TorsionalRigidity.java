package org.testbench.standards.reducer;

/**
 * Torsional rigidity as RV catalogues state it, "b/a" read off the hysteresis curve: torque
 * span b over twist span a of the loading branches between two torques. Here a is not read from
 * two single points but from the least squares slope of both loading branches over the whole
 * span (shared slope, one offset per direction), which is the same line for a straight branch
 * and does not hang on the noise of two samples.
 *
 * <p>The span is a parameter: catalogue practice reads it between 50 % and 100 % of rated
 * torque ({@link #ofRatedTorque}); the span used is reported with the value (check it against
 * the lab's copy of GB/T 37718).
 *
 * @param fromNm              the lower end of the span, Nm
 * @param toNm                the upper end of the span, Nm
 * @param rigidityNmPerArcmin the rigidity, Nm/arcmin
 * @param rmsResidualArcmin   root mean square of the line fit's residuals, arcmin
 * @param samples             the loading-branch samples fitted
 */
public record TorsionalRigidity(double fromNm, double toNm, double rigidityNmPerArcmin, double rmsResidualArcmin,
                                long samples) {

    /** Lower end of the catalogue span, % of rated torque (check). */
    public static final double FROM_PERCENT = 50;
    /** Upper end of the catalogue span, % of rated torque (check). */
    public static final double TO_PERCENT = 100;

    /**
     * @param curve  the hysteresis curve
     * @param fromNm the lower end of the span, >= 0, Nm
     * @param toNm   the upper end, > fromNm, Nm
     * @return the rigidity over that span
     * @throws IllegalArgumentException when the span is empty or a loading branch has too few samples in it
     */
    public static TorsionalRigidity between(HysteresisCurve curve, double fromNm, double toNm) {
        if (!(fromNm >= 0 && toNm > fromNm)) {
            throw new IllegalArgumentException("torsional rigidity needs a span 0 <= from < to, got " + fromNm + " to "
                    + toNm + " Nm");
        }
        LoadingBranchFit fit = LoadingBranchFit.fit(curve, new double[] {0}, fromNm, toNm,
                new String[] {Reducers.TORSIONAL_RIGIDITY});
        return new TorsionalRigidity(fromNm, toNm, 1 / fit.compliance(0), fit.rmsResidual(), fit.samples());
    }

    /**
     * @param curve         the hysteresis curve
     * @param ratedTorqueNm the rated torque, Nm
     * @return the rigidity between {@value #FROM_PERCENT} % and {@value #TO_PERCENT} % of rated torque
     * @throws IllegalArgumentException when a loading branch has too few samples in the span
     */
    public static TorsionalRigidity ofRatedTorque(HysteresisCurve curve, double ratedTorqueNm) {
        return between(curve, FROM_PERCENT / 100 * ratedTorqueNm, TO_PERCENT / 100 * ratedTorqueNm);
    }
}
