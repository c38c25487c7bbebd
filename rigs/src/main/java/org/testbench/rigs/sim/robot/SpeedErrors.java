package org.testbench.rigs.sim.robot;

/**
 * How the simulated controller's path speed departs from the commanded v_c (ISO 9283 clause 8.6,
 * path velocity): a systematic error, a scatter drawn once per path, and a ripple.
 *
 * <p>The speed along a path is v(τ) = v_c (1 + errorPercent/100 + e_j)(1 + ripplePercent/100 ·
 * sin 2π rippleHz τ), e_j drawn once per path from N(0, sigmaPercent/100). So the path velocity
 * accuracy AV tends to errorPercent, the repeatability RV to 3·sigmaPercent, and the fluctuation FV
 * over a run of at least one ripple period to 2·ripplePercent/100 · v_c. Point-to-point moves run
 * at exactly their override speed.
 *
 * @param errorPercent  systematic speed error, % of v_c, &gt; -100
 * @param sigmaPercent  standard deviation of the per-path speed error, % of v_c
 * @param ripplePercent amplitude of the speed ripple, % of the path speed, &lt; 100
 * @param rippleHz      frequency of the ripple, Hz; needed when there is a ripple
 */
public record SpeedErrors(double errorPercent, double sigmaPercent, double ripplePercent, double rippleHz) {

    /** A controller that runs paths at exactly the commanded speed. */
    public static final SpeedErrors NONE = new SpeedErrors(0, 0, 0, 0);

    /** Checks the values keep the speed positive and the ripple defined. */
    public SpeedErrors {
        if (!(errorPercent > -100) || Double.isInfinite(errorPercent)) {
            throw new IllegalArgumentException("speed error must be > -100 % and finite, got " + errorPercent);
        }
        if (!(sigmaPercent >= 0) || Double.isInfinite(sigmaPercent)) {
            throw new IllegalArgumentException("speed scatter must be >= 0 % and finite, got " + sigmaPercent);
        }
        if (!(ripplePercent >= 0 && ripplePercent < 100)) {
            throw new IllegalArgumentException("speed ripple must be >= 0 and < 100 % so the robot never stops on"
                    + " the path, got " + ripplePercent);
        }
        if (!(rippleHz >= 0) || Double.isInfinite(rippleHz) || (ripplePercent > 0 && rippleHz == 0)) {
            throw new IllegalArgumentException("speed ripple frequency must be finite, and > 0 Hz when there is a"
                    + " ripple, got " + rippleHz);
        }
    }
}
