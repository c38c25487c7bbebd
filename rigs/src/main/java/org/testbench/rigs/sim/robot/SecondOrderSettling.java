package org.testbench.rigs.sim.robot;

/**
 * How the simulated mechanism settles onto a new rest pose: an underdamped second-order system
 * with natural frequency f_n and damping ratio ζ (0 &lt; ζ &lt; 1), or rigid (f_n = 0), settling
 * at once.
 *
 * <p>A deviation E from the rest pose present at τ = 0 with no velocity decays as E·g(τ), the
 * step response error g(τ) = e^(-ζωτ) (cos ω_d τ + ζ/√(1-ζ²) sin ω_d τ), ω = 2π f_n,
 * ω_d = ω√(1-ζ²). Its extremes are at τ_k = kπ/ω_d, where g = (-M)^k with the overshoot ratio
 * M = e^(-ζπ/√(1-ζ²)); between τ_k and the next zero ((k+1)π - arccos ζ)/ω_d, |g| falls
 * monotonically. These closed forms give the ISO 9283 stabilization time and overshoot the
 * simulator should show (clauses 7.5 and 7.6, as {@link org.testbench.standards.iso9283.StabilizationCycle}
 * measures them), without sampling the response.
 *
 * @param naturalFrequencyHz f_n, Hz; 0 for a rigid mechanism
 * @param dampingRatio       ζ, in (0, 1); ignored (and 0) when rigid
 */
public record SecondOrderSettling(double naturalFrequencyHz, double dampingRatio) {

    /** A mechanism that settles at once: no overshoot, no stabilization time. */
    public static final SecondOrderSettling RIGID = new SecondOrderSettling(0, 0);

    /** Bisection steps for a band crossing: 2^-60 of a half period is far below any sample period. */
    private static final int BISECTIONS = 60;

    /** Checks the frequency is finite and not negative, and the damping underdamped unless rigid. */
    public SecondOrderSettling {
        if (!(naturalFrequencyHz >= 0) || Double.isInfinite(naturalFrequencyHz)) {
            throw new IllegalArgumentException("natural frequency must be >= 0 Hz and finite (0 = rigid), got "
                    + naturalFrequencyHz);
        }
        if (naturalFrequencyHz > 0 && !(dampingRatio > 0 && dampingRatio < 1)) {
            throw new IllegalArgumentException("damping ratio must lie in (0, 1) for a mechanism that overshoots, got "
                    + dampingRatio);
        }
        if (naturalFrequencyHz == 0 && dampingRatio != 0) {
            throw new IllegalArgumentException("a rigid mechanism (natural frequency 0) has no damping ratio, got "
                    + dampingRatio);
        }
    }

    /** @return whether the mechanism settles at once */
    public boolean rigid() {
        return naturalFrequencyHz == 0;
    }

    /**
     * @param tauS time since the deviation was set, s
     * @return g(τ): 1 at τ &lt;= 0, decaying with overshoot; for a rigid mechanism 0 for every τ &gt; 0
     */
    public double response(double tauS) {
        if (tauS <= 0) {
            return 1;
        }
        if (rigid()) {
            return 0;
        }
        double omega = 2 * Math.PI * naturalFrequencyHz;
        double root = Math.sqrt(1 - dampingRatio * dampingRatio);
        double wd = omega * root;
        return Math.exp(-dampingRatio * omega * tauS) * (Math.cos(wd * tauS) + dampingRatio / root * Math.sin(wd * tauS));
    }

    /** @return M = e^(-ζπ/√(1-ζ²)), the first overshoot as a fraction of the step; 0 when rigid */
    public double overshootRatio() {
        return rigid() ? 0 : Math.exp(-dampingRatio * Math.PI / Math.sqrt(1 - dampingRatio * dampingRatio));
    }

    /** @return π/ω_d, half the damped period: the time from one extreme to the next, s; 0 when rigid */
    public double halfPeriodS() {
        return rigid() ? 0 : 0.5 / (naturalFrequencyHz * Math.sqrt(1 - dampingRatio * dampingRatio));
    }

    /**
     * The time after which a deviation of {@code stepMm} stays inside a band of radius {@code bandMm}
     * for good: the last τ with step·|g(τ)| = band.
     *
     * @param stepMm |E|, the deviation at τ = 0, mm
     * @param bandMm the band radius, mm, &gt; 0
     * @return τ, s; 0 when the step lies inside the band
     */
    public double settlingTimeS(double stepMm, double bandMm) {
        if (stepMm <= bandMm || rigid()) {
            return 0;
        }
        int last = 0;
        while (stepMm * Math.pow(overshootRatio(), last + 1) > bandMm) {
            last++;
        }
        return bandCrossing(stepMm, bandMm, last);
    }

    /**
     * The overshoot ISO 9283 clause 7.6 defines, as seen from a "pose attained" signal at
     * {@code signalS}: the largest distance from the rest pose after the deviation first lies
     * inside the band at or after the signal, or 0 when it never leaves the band again. After that
     * first entry the distance peaks at the next extreme, each extreme being M times the one before.
     *
     * @param stepMm  |E|, the deviation at τ = 0, mm
     * @param bandMm  the band radius, mm, &gt; 0
     * @param signalS the time of the signal, τ, s, &gt;= 0
     * @return the overshoot, mm
     */
    public double overshootMm(double stepMm, double bandMm, double signalS) {
        if (rigid()) {
            return 0;
        }
        double entry = signalS;
        if (stepMm * Math.abs(response(signalS)) > bandMm) {
            int k = (int) Math.floor(signalS / halfPeriodS());
            // outside the band: falling towards it, or rising to the next extreme first
            entry = bandCrossing(stepMm, bandMm, signalS <= zeroAfter(k) ? k : k + 1);
        }
        int next = (int) Math.floor(entry / halfPeriodS()) + 1;
        double peak = stepMm * Math.pow(overshootRatio(), next);
        return peak > bandMm ? peak : 0;
    }

    /** @return the zero of g after the extreme k, s */
    private double zeroAfter(int k) {
        return ((k + 1) * Math.PI - Math.acos(dampingRatio)) / Math.PI * halfPeriodS();
    }

    /** Bisects step·|g| = band on the falling stretch from the extreme k (above the band) to the next zero. */
    private double bandCrossing(double stepMm, double bandMm, int k) {
        double lo = k * halfPeriodS();
        double hi = zeroAfter(k);
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = (lo + hi) / 2;
            if (stepMm * Math.abs(response(mid)) > bandMm) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
