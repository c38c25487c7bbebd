package org.testbench.rigs.sim.robot;

import java.util.Objects;
import org.testbench.standards.geometry.Vector3;

/**
 * How far the simulated mechanism trails and strays from the path the controller interpolates,
 * growing with the commanded speed v (every coefficient is mm per mm/s, i.e. seconds).
 *
 * <p>While moving along a unit tangent t the mechanism trails by {@code alongLagS·v} along the
 * path and strays by {@code lateralLagS·v·(d - (d·t)t)} across it, d being the unit lateral
 * direction (by default straight down: a dynamic sag), so a path across d deviates fully and a
 * path along d not at all. Both build up and die away with the {@link SecondOrderSettling}
 * response: the lag at the end of a move is the step the mechanism overshoots from.
 *
 * <p>At a corner between two straight segments the mechanism cuts the corner on a circular arc
 * of radius {@code cornerRadiusS·v}, tangent to both segments, and then swings out past the
 * outgoing segment by {@code cornerOvershootS·v}, a half sine over half a damped period of travel.
 *
 * @param alongLagS        along-path lag per speed, s
 * @param lateralLagS      lateral deviation per speed, s
 * @param lateralDirection the direction of the lateral deviation, any non-zero length
 * @param cornerRadiusS    corner rounding radius per speed, s
 * @param cornerOvershootS corner overshoot per speed, s
 */
public record PathFollowing(double alongLagS, double lateralLagS, Vector3 lateralDirection, double cornerRadiusS,
                            double cornerOvershootS) {

    /** A mechanism that follows the interpolated path exactly. */
    public static final PathFollowing EXACT = new PathFollowing(0, 0, new Vector3(0, 0, -1), 0, 0);

    /** Checks every coefficient is finite and not negative, and normalizes the lateral direction. */
    public PathFollowing {
        requireCoefficient("along-path lag", alongLagS);
        requireCoefficient("lateral lag", lateralLagS);
        requireCoefficient("corner radius", cornerRadiusS);
        requireCoefficient("corner overshoot", cornerOvershootS);
        Objects.requireNonNull(lateralDirection, "lateralDirection");
        double length = lateralDirection.norm();
        if (!(length > 0) || Double.isInfinite(length)) {
            throw new IllegalArgumentException("lateral direction must be a finite non-zero vector, got "
                    + lateralDirection);
        }
        lateralDirection = lateralDirection.times(1 / length);
    }

    /** @return whether the mechanism strays from the path at all, which needs settling dynamics */
    public boolean strays() {
        return alongLagS > 0 || lateralLagS > 0 || cornerOvershootS > 0;
    }

    /**
     * @param tangent the unit direction of travel (zero at rest)
     * @param speed   the commanded speed, mm/s
     * @return the steady following error at that speed: along-path lag plus lateral deviation, mm
     */
    public Vector3 followingErrorMm(Vector3 tangent, double speed) {
        return tangent.times(-alongLagS * speed).plus(lateralErrorMm(tangent, speed));
    }

    /**
     * @param tangent the unit direction of travel
     * @param speed   the commanded speed, mm/s
     * @return the lateral part of the following error, across the path, mm
     */
    public Vector3 lateralErrorMm(Vector3 tangent, double speed) {
        Vector3 across = lateralDirection.minus(tangent.times(lateralDirection.dot(tangent)));
        return across.times(lateralLagS * speed);
    }

    private static void requireCoefficient(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " per speed must be >= 0 s and finite, got " + value);
        }
    }
}
