package org.testbench.standards.reducer;

/**
 * Torsional stiffness in the three-segment model of reducer catalogues, with the catalogue's
 * break torques T1 &lt; T2: θ = T/K1 up to T1, then T1/K1 + (T - T1)/K2 up to T2, then
 * T1/K1 + (T2 - T1)/K2 + (T - T2)/K3, for |T| on each loading branch measured from the branch's
 * own twist at zero torque. K1, K2 and K3 are fitted by least squares to both loading branches
 * together (shared stiffnesses, one zero-torque twist per branch).
 *
 * @param t1Nm                       T1, Nm
 * @param t2Nm                       T2, Nm
 * @param k1NmPerArcmin              K1, Nm/arcmin
 * @param k2NmPerArcmin              K2, Nm/arcmin
 * @param k3NmPerArcmin              K3, Nm/arcmin
 * @param zeroTwistPositiveArcmin    the fitted twist at T = 0 of the branch loading to +T_R, arcmin
 * @param zeroTwistNegativeArcmin    the fitted twist at T = 0 of the branch loading to -T_R, arcmin
 * @param rmsResidualArcmin          root mean square of the fit's residuals, arcmin
 * @param samples                    the loading-branch samples fitted
 */
public record TorsionalStiffness(double t1Nm, double t2Nm, double k1NmPerArcmin, double k2NmPerArcmin,
                                 double k3NmPerArcmin, double zeroTwistPositiveArcmin, double zeroTwistNegativeArcmin,
                                 double rmsResidualArcmin, long samples) {

    private static final String[] SYMBOLS = {Reducers.K1, Reducers.K2, Reducers.K3};

    /**
     * @param curve the hysteresis curve
     * @param t1Nm  the catalogue's first break torque T1, > 0, Nm
     * @param t2Nm  the catalogue's second break torque T2, > T1, Nm
     * @return K1, K2, K3 and the fit residual
     * @throws IllegalArgumentException when the break torques are out of order, or the loading
     *                                  branches lack samples at two torques in a segment (K3 needs
     *                                  the loop to go beyond T2)
     */
    public static TorsionalStiffness fit(HysteresisCurve curve, double t1Nm, double t2Nm) {
        if (!(t1Nm > 0 && t2Nm > t1Nm && Double.isFinite(t2Nm))) {
            throw new IllegalArgumentException("torsional stiffness needs break torques 0 < T1 < T2, got T1 = " + t1Nm
                    + " Nm, T2 = " + t2Nm + " Nm");
        }
        LoadingBranchFit fit = LoadingBranchFit.fit(curve, new double[] {0, t1Nm, t2Nm}, 0,
                Double.POSITIVE_INFINITY, SYMBOLS);
        return new TorsionalStiffness(t1Nm, t2Nm, 1 / fit.compliance(0), 1 / fit.compliance(1), 1 / fit.compliance(2),
                fit.twistAtZero(curve.reference(), true), fit.twistAtZero(curve.reference(), false),
                fit.rmsResidual(), fit.samples());
    }

    /**
     * @param symbol {@link Reducers#K1}, {@link Reducers#K2} or {@link Reducers#K3}
     * @return that stiffness, Nm/arcmin
     */
    public double value(String symbol) {
        switch (symbol) {
            case Reducers.K1: return k1NmPerArcmin;
            case Reducers.K2: return k2NmPerArcmin;
            case Reducers.K3: return k3NmPerArcmin;
            default: throw new IllegalArgumentException("'" + symbol + "' is no torsional stiffness, expected one of K1, K2, K3");
        }
    }
}
