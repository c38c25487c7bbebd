package org.testbench.standards.iso9283;

import java.util.List;
import java.util.Objects;
import org.testbench.standards.geometry.Vector3;

/**
 * Cornering deviations (ISO 9283 clause 8.5) of one pass through a commanded corner of the test
 * rectangle: corner round-off error CR and corner overshoot CO.
 *
 * <p>CR is the smallest distance from the commanded corner point to the attained path, taken on
 * the polyline through the samples (not only at the samples), so it does not depend on where the
 * samples happen to fall.
 *
 * <p>CO is the largest deviation from the commanded path after the corner: the distance of the
 * attained path from the line of the outgoing commanded edge (corner to {@code outgoingEnd}),
 * taken from the point where the attained path comes nearest the corner (the point that gives CR)
 * up to the first sample that passes the end of that edge. "After the corner" is the project's
 * reading (check): for a path that rounds the corner without overshoot, CO then also holds the
 * second half of the rounding arc.
 *
 * @param crMm CR, mm
 * @param coMm CO, mm
 */
public record CornerDeviation(double crMm, double coMm) {

    /**
     * @param run         the sampled pass through the corner; only positions are used
     * @param corner      the commanded corner point, mm
     * @param outgoingEnd the commanded end of the edge leaving the corner (the next corner), mm
     * @return the cycle's CR and CO
     * @throws IllegalArgumentException when the outgoing edge has no length
     */
    public static CornerDeviation of(SampledTrajectory run, Vector3 corner, Vector3 outgoingEnd) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(corner, "corner");
        Objects.requireNonNull(outgoingEnd, "outgoingEnd");
        double edgeLength = outgoingEnd.distanceTo(corner);
        if (!(edgeLength > 0)) {
            throw new IllegalArgumentException("the outgoing edge of the corner at " + corner + " ends at " + outgoingEnd
                    + ", which has no length");
        }
        Vector3 u = outgoingEnd.minus(corner).times(1 / edgeLength);
        int nearestSegment = 0;
        Vector3 nearest = run.position(0);
        for (int k = 0; k + 1 < run.size(); k++) {
            Vector3 q = closestOnSegment(run.position(k), run.position(k + 1), corner);
            if (q.distanceTo(corner) < nearest.distanceTo(corner)) {
                nearest = q;
                nearestSegment = k;
            }
        }
        double co = distanceFromLine(nearest, corner, u);
        for (int k = nearestSegment + 1; k < run.size(); k++) {
            Vector3 p = run.position(k);
            if (p.minus(corner).dot(u) > edgeLength) {
                break;
            }
            co = Math.max(co, distanceFromLine(p, corner, u));
        }
        return new CornerDeviation(nearest.distanceTo(corner), co);
    }

    /**
     * Combines the cycles of the corner test ({@link Iso9283#CYCLES_SETTLING} in the standard).
     *
     * @param cycles    the per-cycle deviations, at least one
     * @param aggregate how to combine them, applied to CR and CO alike
     * @return the combined CR and CO
     * @throws IllegalArgumentException when there are no cycles
     */
    public static CornerDeviation over(List<CornerDeviation> cycles, CycleAggregate aggregate) {
        Objects.requireNonNull(aggregate, "aggregate");
        SampleStatistics.requireAtLeast("corner deviation", 1, "cycle", cycles);
        return new CornerDeviation(aggregate.of(SampleStatistics.values(cycles, CornerDeviation::crMm)),
                aggregate.of(SampleStatistics.values(cycles, CornerDeviation::coMm)));
    }

    private static Vector3 closestOnSegment(Vector3 a, Vector3 b, Vector3 p) {
        Vector3 ab = b.minus(a);
        double length2 = ab.dot(ab);
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, p.minus(a).dot(ab) / length2));
        return a.plus(ab.times(t));
    }

    private static double distanceFromLine(Vector3 p, Vector3 origin, Vector3 unit) {
        Vector3 d = p.minus(origin);
        return d.minus(unit.times(d.dot(unit))).norm();
    }
}
