package org.testbench.rigs.sim.robot;

/**
 * How far along its path the simulated controller has interpolated after τ seconds: at a speed v
 * with a ripple of amplitude A (A &lt; v) and angular frequency ω, ds/dτ = v + A sin ωτ, so
 * s(τ) = vτ + (A/ω)(1 - cos ωτ) until s reaches the path length. No acceleration phases: the
 * speed is the commanded one from the first instant, which keeps the move times exact.
 *
 * @param lengthMm  the path length, mm
 * @param speed     v, mm/s, &gt; 0
 * @param amplitude A, mm/s, 0 &lt;= A &lt; v
 * @param omega     ω, rad/s; any value when A = 0
 * @param endS      when s reaches the length, s
 */
record SpeedProfile(double lengthMm, double speed, double amplitude, double omega, double endS) {

    /** Bisection steps for the end time: halves the bracket well below a nanosecond. */
    private static final int BISECTIONS = 80;

    /**
     * @param lengthMm the path length, mm
     * @param speed    the speed, mm/s
     * @return a profile at constant speed, ending at length / speed exactly
     */
    static SpeedProfile constant(double lengthMm, double speed) {
        return new SpeedProfile(lengthMm, speed, 0, 0, lengthMm / speed);
    }

    /**
     * @param lengthMm      the path length, mm
     * @param speed         the mean speed v, mm/s
     * @param rippleFraction A / v, below 1
     * @param rippleHz      the ripple frequency, Hz
     * @return the profile, its end found where s(τ) = length (s rises monotonically since A &lt; v)
     */
    static SpeedProfile rippled(double lengthMm, double speed, double rippleFraction, double rippleHz) {
        if (rippleFraction == 0 || lengthMm == 0) {
            return constant(lengthMm, speed);
        }
        double amplitude = speed * rippleFraction;
        double omega = 2 * Math.PI * rippleHz;
        // vτ <= s(τ) <= vτ + 2A/ω brackets the end
        double lo = Math.max(0, (lengthMm - 2 * amplitude / omega) / speed);
        double hi = lengthMm / speed;
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = (lo + hi) / 2;
            if (speed * mid + amplitude / omega * (1 - Math.cos(omega * mid)) < lengthMm) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new SpeedProfile(lengthMm, speed, amplitude, omega, hi);
    }

    /**
     * @param tauS time since the start, s
     * @return the arc length interpolated by then, 0 .. length, mm
     */
    double position(double tauS) {
        if (tauS <= 0) {
            return 0;
        }
        if (tauS >= endS) {
            return lengthMm;
        }
        double s = speed * tauS + (amplitude == 0 ? 0 : amplitude / omega * (1 - Math.cos(omega * tauS)));
        return Math.min(lengthMm, s);
    }
}
