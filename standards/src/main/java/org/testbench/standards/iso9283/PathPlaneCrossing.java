package org.testbench.standards.iso9283;

import java.util.Objects;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Rotation;
import org.testbench.standards.geometry.Vector3;

/**
 * The attained point of one run at one commanded path point (ISO 9283 clause 8): where the run
 * crosses the plane through the commanded point normal to the commanded path there.
 *
 * <p>With u the unit path direction and s_k = u · (P_k - P_c) the signed distance of sample k from
 * the plane, a crossing lies between samples k and k+1 where s goes from s_k &lt;= 0 to
 * s_(k+1) &gt;= 0, i.e. where the run passes the plane in the path direction; a crossing against
 * the path direction (a circle meets the normal plane again on its far side) is not one. The
 * crossing is interpolated linearly at f = -s_k / (s_(k+1) - s_k): position and time linearly,
 * orientation along the shortest rotation between the two samples. Where the run passes the plane
 * several times in the path direction, the crossing nearest the commanded point is taken.
 *
 * @param timeS when the run crossed the plane, s
 * @param pose  the attained pose at the crossing
 */
public record PathPlaneCrossing(double timeS, Pose pose) {

    /**
     * @param run            the sampled run
     * @param commandedPoint the commanded path point P_c, mm
     * @param pathDirection  the commanded path direction at P_c, any length but zero
     * @return the crossing of the run nearest to P_c
     * @throws IllegalArgumentException when the direction is zero or the run never crosses the plane
     *                                  in the path direction
     */
    public static PathPlaneCrossing find(SampledTrajectory run, Vector3 commandedPoint, Vector3 pathDirection) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(commandedPoint, "commandedPoint");
        double length = pathDirection == null ? 0 : pathDirection.norm();
        if (!(length > 0) || !Double.isFinite(length)) {
            throw new IllegalArgumentException("path direction at " + commandedPoint + " must be a finite non-zero"
                    + " vector, was " + pathDirection);
        }
        Vector3 u = pathDirection.times(1 / length);
        PathPlaneCrossing nearest = null;
        double nearestDistance = Double.POSITIVE_INFINITY;
        double s0 = run.position(0).minus(commandedPoint).dot(u);
        for (int k = 0; k + 1 < run.size(); k++) {
            double s1 = run.position(k + 1).minus(commandedPoint).dot(u);
            if (s0 <= 0 && s1 >= 0 && s0 < s1) {
                PathPlaneCrossing crossing = interpolate(run, k, -s0 / (s1 - s0));
                double distance = crossing.pose.position().distanceTo(commandedPoint);
                if (distance < nearestDistance) {
                    nearest = crossing;
                    nearestDistance = distance;
                }
            }
            s0 = s1;
        }
        if (nearest == null) {
            throw new IllegalArgumentException("the run (" + run.time(0) + " s to " + run.time(run.size() - 1)
                    + " s) never crosses the plane normal to the path at " + commandedPoint + " in the path direction "
                    + u);
        }
        return nearest;
    }

    private static PathPlaneCrossing interpolate(SampledTrajectory run, int k, double f) {
        Pose p0 = run.pose(k);
        Pose p1 = run.pose(k + 1);
        Vector3 position = p0.position().plus(p1.position().minus(p0.position()).times(f));
        Rotation r0 = p0.rotation();
        Vector3 step = r0.transpose().times(p1.rotation()).toRotationVector();
        double[] abc = r0.times(Rotation.fromRotationVector(step.times(f))).toAbc();
        double time = run.time(k) + f * (run.time(k + 1) - run.time(k));
        return new PathPlaneCrossing(time, new Pose(position, abc[0], abc[1], abc[2]));
    }
}
