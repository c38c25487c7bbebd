package org.testbench.standards.reducer;

/**
 * Rated life of an RV reducer, catalogue practice: L_h = K (N0 / N_m) (T0 / T_m)^(10/3), with
 * K = 6000 h the rated life at rated output speed N0 and rated torque T0. From a duty cycle,
 * N_m is the time-weighted mean output speed and T_m = [Σ t_i N_i |T_i|^(10/3) / Σ t_i N_i]^(3/10).
 *
 * @param lifeHours       L_h, h
 * @param averageSpeedRpm N_m, output, rpm
 * @param averageTorqueNm T_m, Nm
 */
public record RvLife(double lifeHours, double averageSpeedRpm, double averageTorqueNm) {

    /** K, the rated life, h. */
    public static final double RATED_LIFE_HOURS = 6000;
    /** Exponent of the torque in the life formula and in T_m. */
    public static final double TORQUE_EXPONENT = 10.0 / 3;

    /**
     * @param ratedSpeedRpm   N0, output, rpm
     * @param ratedTorqueNm   T0, Nm
     * @param averageSpeedRpm N_m, output, rpm
     * @param averageTorqueNm T_m, Nm
     * @return the life at that average load
     * @throws IllegalArgumentException when a value is not a finite number > 0
     */
    public static RvLife of(double ratedSpeedRpm, double ratedTorqueNm, double averageSpeedRpm, double averageTorqueNm) {
        requirePositive("RV life", ratedSpeedRpm, ratedTorqueNm, averageSpeedRpm, averageTorqueNm);
        double life = RATED_LIFE_HOURS * (ratedSpeedRpm / averageSpeedRpm)
                * Math.pow(ratedTorqueNm / averageTorqueNm, TORQUE_EXPONENT);
        return new RvLife(life, averageSpeedRpm, averageTorqueNm);
    }

    /**
     * @param ratedSpeedRpm N0, output, rpm
     * @param ratedTorqueNm T0, Nm
     * @param cycle         the duty cycle, with output speeds
     * @return the life under that cycle
     * @throws IllegalArgumentException when a value is not a finite number > 0
     */
    public static RvLife of(double ratedSpeedRpm, double ratedTorqueNm, DutyCycle cycle) {
        return of(ratedSpeedRpm, ratedTorqueNm, cycle.averageSpeedRpm(), cycle.equivalentTorqueNm(TORQUE_EXPONENT));
    }

    static void requirePositive(String what, double... values) {
        for (double v : values) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException(what + ": rated and average speeds and torques (and the rated life)"
                        + " must be finite numbers > 0, got " + v);
            }
        }
    }
}
