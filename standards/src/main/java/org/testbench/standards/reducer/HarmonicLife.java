package org.testbench.standards.reducer;

/**
 * Rated life of a harmonic reducer, catalogue practice: L50 = L_n (n_N / n_av) (T_N / T_av)^3,
 * and L10 ≈ L50 / 5. L_n is the catalogue's rated L50 life at rated input speed n_N and rated
 * torque T_N. From a duty cycle, n_av is the time-weighted mean input speed and T_av the
 * cube-mean torque weighted by revolutions (catalogue practice; check against the lab's copy of
 * GB/T 30819).
 *
 * @param l50Hours             L50, h
 * @param l10Hours             L10 = L50 / 5, h
 * @param averageSpeedRpm      n_av, input, rpm
 * @param averageTorqueNm      T_av, output, Nm
 */
public record HarmonicLife(double l50Hours, double l10Hours, double averageSpeedRpm, double averageTorqueNm) {

    /** Exponent of the torque in the life formula and in T_av. */
    public static final double TORQUE_EXPONENT = 3;
    /** L50 / L10. */
    public static final double L50_PER_L10 = 5;

    /**
     * @param ratedLifeHours  L_n, h
     * @param ratedSpeedRpm   n_N, input, rpm
     * @param ratedTorqueNm   T_N, Nm
     * @param averageSpeedRpm n_av, input, rpm
     * @param averageTorqueNm T_av, Nm
     * @return the life at that average load
     * @throws IllegalArgumentException when a value is not a finite number > 0
     */
    public static HarmonicLife of(double ratedLifeHours, double ratedSpeedRpm, double ratedTorqueNm,
                                  double averageSpeedRpm, double averageTorqueNm) {
        RvLife.requirePositive("harmonic life", ratedLifeHours, ratedSpeedRpm, ratedTorqueNm, averageSpeedRpm,
                averageTorqueNm);
        double l50 = ratedLifeHours * (ratedSpeedRpm / averageSpeedRpm)
                * Math.pow(ratedTorqueNm / averageTorqueNm, TORQUE_EXPONENT);
        return new HarmonicLife(l50, l50 / L50_PER_L10, averageSpeedRpm, averageTorqueNm);
    }

    /**
     * @param ratedLifeHours L_n, h
     * @param ratedSpeedRpm  n_N, input, rpm
     * @param ratedTorqueNm  T_N, Nm
     * @param cycle          the duty cycle, with input speeds
     * @return the life under that cycle
     * @throws IllegalArgumentException when a value is not a finite number > 0
     */
    public static HarmonicLife of(double ratedLifeHours, double ratedSpeedRpm, double ratedTorqueNm, DutyCycle cycle) {
        return of(ratedLifeHours, ratedSpeedRpm, ratedTorqueNm, cycle.averageSpeedRpm(),
                cycle.equivalentTorqueNm(TORQUE_EXPONENT));
    }
}
