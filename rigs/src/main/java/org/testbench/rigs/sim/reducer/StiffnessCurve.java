package org.testbench.rigs.sim.reducer;

/**
 * The catalogue's three-segment torsional stiffness: the elastic twist of a reducer under an
 * output torque, with slopes K1 up to T1, K2 up to T2 and K3 beyond (GB/T 35089, catalogue
 * practice), extended to negative torques as an odd function.
 *
 * @param k1NmPerArcmin stiffness between 0 and T1, Nm/arcmin
 * @param k2NmPerArcmin stiffness between T1 and T2, Nm/arcmin
 * @param k3NmPerArcmin stiffness above T2, Nm/arcmin
 * @param t1Nm          the first break torque, Nm
 * @param t2Nm          the second break torque, Nm
 */
public record StiffnessCurve(double k1NmPerArcmin, double k2NmPerArcmin, double k3NmPerArcmin, double t1Nm,
        double t2Nm) {

    /** Checks that every stiffness is positive and 0 < T1 < T2, naming the value that is not. */
    public StiffnessCurve {
        ParamCheck.positive("stiffness.k1", k1NmPerArcmin);
        ParamCheck.positive("stiffness.k2", k2NmPerArcmin);
        ParamCheck.positive("stiffness.k3", k3NmPerArcmin);
        ParamCheck.positive("stiffness.t1", t1Nm);
        ParamCheck.positive("stiffness.t2", t2Nm);
        if (t2Nm <= t1Nm) {
            throw new IllegalArgumentException("stiffness.t2 must be above stiffness.t1 (" + t1Nm + " Nm), got " + t2Nm);
        }
    }

    /**
     * @param torqueNm output torque, either sign
     * @return the elastic twist, arcmin, with the torque's sign: T/K1 up to T1, then
     *     T1/K1 + (T-T1)/K2 up to T2, then T1/K1 + (T2-T1)/K2 + (T-T2)/K3
     */
    public double twistArcmin(double torqueNm) {
        double t = Math.abs(torqueNm);
        double twist;
        if (t <= t1Nm) {
            twist = t / k1NmPerArcmin;
        } else if (t <= t2Nm) {
            twist = t1Nm / k1NmPerArcmin + (t - t1Nm) / k2NmPerArcmin;
        } else {
            twist = t1Nm / k1NmPerArcmin + (t2Nm - t1Nm) / k2NmPerArcmin + (t - t2Nm) / k3NmPerArcmin;
        }
        return Math.copySign(twist, torqueNm);
    }

    /** @return the largest of K1, K2, K3, Nm/arcmin: the steepest slope a hysteresis reversal must respect */
    public double stiffest() {
        return Math.max(k1NmPerArcmin, Math.max(k2NmPerArcmin, k3NmPerArcmin));
    }
}
