package org.testbench.rigs.sim.robot;

import java.util.ArrayList;
import java.util.List;
import org.testbench.standards.geometry.Vector3;

/**
 * Where the simulated mechanism leaves the commanded path at the corners between straight
 * pieces, as an offset from the commanded point at the same arc length s.
 *
 * <p>At a corner C turning by θ from direction u1 to u2, the mechanism takes the circular arc of
 * radius R tangent to both pieces: it leaves the incoming piece d = R tan(θ/2) before C and joins
 * the outgoing one d after it, so the arc's points spread evenly over the commanded stretch
 * [s_C - d, s_C + d] (the mechanism slows on the shorter arc). Its nearest approach to C, at the
 * arc's middle, is R (1/cos(θ/2) - 1), the corner round-off error CR of ISO 9283 clause 8.5.
 * Past the arc it swings out beyond the outgoing piece, on the side it came from, by
 * o sin(π σ) for σ from 0 to 1 over a stretch of the given length: the corner overshoot.
 *
 * <p>R is cut back so that d is at most half of either piece, and the swing so that it ends before
 * the next corner's arc or the end of the path, so the corners never overlap; the closed forms of
 * {@link ExpectedCharacteristics#cornerDeviation} hold for corners with room for both.
 */
final class CornerRounding {

    /** Follows every corner sharply. */
    static final CornerRounding NONE = new CornerRounding(null, List.of());

    /** One corner's arc and swing, in commanded arc length. */
    private record Zone(double arcFrom, double arcTo, double swingTo, Vector3 centre, Vector3 radial, Vector3 in,
                        Vector3 inward, double radius, double angle, Vector3 outward, double overshoot) {
    }

    private final CommandedPath path;
    private final List<Zone> zones;

    private CornerRounding(CommandedPath path, List<Zone> zones) {
        this.path = path;
        this.zones = zones;
    }

    /**
     * @param path        the commanded path
     * @param radiusMm    R, the rounding radius, mm
     * @param overshootMm o, how far it swings out past each corner, mm
     * @param swingMm     the length of path over which it swings out and back, mm
     * @return the rounding of every corner of the path
     */
    static CornerRounding of(CommandedPath path, double radiusMm, double overshootMm, double swingMm) {
        List<CommandedPath.Corner> corners = path.corners();
        if (corners.isEmpty() || (radiusMm <= 0 && overshootMm <= 0)) {
            return NONE;
        }
        double[] d = new double[corners.size()];
        for (int k = 0; k < d.length; k++) {
            CommandedPath.Corner c = corners.get(k);
            double tan = Math.tan(c.angle() / 2);
            d[k] = Math.min(radiusMm * tan, Math.min(c.inLength(), c.outLength()) / 2);
        }
        List<Zone> zones = new ArrayList<>();
        for (int k = 0; k < d.length; k++) {
            CommandedPath.Corner c = corners.get(k);
            double nextArc = k + 1 < d.length && corners.get(k + 1).s() - c.s() <= c.outLength() + 1e-9 ? d[k + 1] : 0;
            double swing = Math.max(0, Math.min(swingMm, c.outLength() - d[k] - nextArc));
            Vector3 inward = unit(c.out().minus(c.in().times(c.out().dot(c.in()))));
            Vector3 outward = unit(c.in().minus(c.out().times(c.in().dot(c.out()))));
            double radius = d[k] / Math.tan(c.angle() / 2);
            Vector3 centre = c.point().minus(c.in().times(d[k])).plus(inward.times(radius));
            zones.add(new Zone(c.s() - d[k], c.s() + d[k], c.s() + d[k] + swing, centre, inward.times(-1), c.in(),
                    inward, radius, c.angle(), outward, swing > 0 ? overshootMm : 0));
        }
        return new CornerRounding(path, zones);
    }

    /**
     * @param s commanded arc length, mm
     * @return the mechanism's geometric point minus the commanded point there, mm
     */
    Vector3 offset(double s) {
        for (Zone z : zones) {
            if (s > z.arcFrom && s < z.arcTo) {
                double phi = z.angle * (s - z.arcFrom) / (z.arcTo - z.arcFrom);
                Vector3 onArc = z.centre.plus(z.radial.times(z.radius * Math.cos(phi)))
                        .plus(z.in.times(z.radius * Math.sin(phi)));
                return onArc.minus(path.position(s));
            }
            if (s >= z.arcTo && s < z.swingTo) {
                return z.outward.times(z.overshoot * Math.sin(Math.PI * (s - z.arcTo) / (z.swingTo - z.arcTo)));
            }
        }
        return Vector3.ZERO;
    }

    /**
     * @param s         commanded arc length, mm
     * @param commanded the commanded unit tangent there
     * @return the mechanism's unit direction of travel: along the arc in a corner, else as commanded
     */
    Vector3 tangent(double s, Vector3 commanded) {
        for (Zone z : zones) {
            if (s > z.arcFrom && s < z.arcTo) {
                double phi = z.angle * (s - z.arcFrom) / (z.arcTo - z.arcFrom);
                return z.in.times(Math.cos(phi)).plus(z.inward.times(Math.sin(phi)));
            }
        }
        return commanded;
    }

    private static Vector3 unit(Vector3 v) {
        double n = v.norm();
        return n > 0 ? v.times(1 / n) : Vector3.ZERO;
    }
}
