package org.testbench.standards.iso9283;

import java.util.Objects;
import org.testbench.standards.geometry.Vector3;

/**
 * Pose stabilization time (ISO 9283 clause 7.5) and pose overshoot (clause 7.6) of one cycle,
 * from the positions sampled after the robot signalled "pose attained".
 *
 * <p>Distances d_k = |P_k - P_f| are taken from the final position P_f, the last sample: the
 * record must therefore run on until the robot is at rest. The limit band is the manufacturer's
 * value, a sphere of radius {@code bandMm} round P_f.
 * <ul>
 * <li>Stabilization time: from the signal until the position stays inside the band, i.e. until
 * d crosses the band for the last time, the crossing interpolated linearly in d between the two
 * samples round it; 0 when every sample from the signal on lies inside the band.</li>
 * <li>Overshoot: the largest d after the position first enters the band, or 0 when it never
 * leaves the band again.</li>
 * </ul>
 * Samples taken before the signal are ignored.
 *
 * @param stabilizationTimeS the stabilization time, s
 * @param overshootMm        the overshoot, mm
 * @param finalPosition      P_f, mm
 */
public record StabilizationCycle(double stabilizationTimeS, double overshootMm, Vector3 finalPosition) {

    /**
     * @param trajectory  the sampled positions of the cycle
     * @param signalTimeS when the robot signalled "pose attained", on the trajectory's clock, s
     * @param bandMm      the radius of the limit band, mm, &gt; 0
     * @return the cycle's stabilization time and overshoot
     * @throws IllegalArgumentException when the band is not positive or fewer than two samples follow the signal
     */
    public static StabilizationCycle of(SampledTrajectory trajectory, double signalTimeS, double bandMm) {
        Objects.requireNonNull(trajectory, "trajectory");
        if (!Double.isFinite(bandMm) || bandMm <= 0) {
            throw new IllegalArgumentException("the stabilization limit band must be a finite radius > 0 mm, was " + bandMm);
        }
        int first = 0;
        while (first < trajectory.size() && trajectory.time(first) < signalTimeS) {
            first++;
        }
        int last = trajectory.size() - 1;
        if (last - first < 1) {
            throw new IllegalArgumentException("stabilization needs at least 2 samples at or after the pose attained"
                    + " signal at " + signalTimeS + " s, got " + (last - first + 1) + " (record ends at "
                    + trajectory.time(last) + " s)");
        }
        Vector3 end = trajectory.position(last);
        int lastOutside = -1;
        int firstInside = -1;
        double largest = 0;
        boolean leftAgain = false;
        for (int k = first; k <= last; k++) {
            double d = trajectory.position(k).distanceTo(end);
            if (d > bandMm) {
                lastOutside = k;
                leftAgain |= firstInside >= 0;
            } else if (firstInside < 0) {
                firstInside = k;
            }
            if (firstInside >= 0) {
                largest = Math.max(largest, d);
            }
        }
        double time = 0;
        if (lastOutside >= 0) {
            double d0 = trajectory.position(lastOutside).distanceTo(end);
            double d1 = trajectory.position(lastOutside + 1).distanceTo(end);
            double t0 = trajectory.time(lastOutside);
            double t1 = trajectory.time(lastOutside + 1);
            time = t0 + (d0 - bandMm) / (d0 - d1) * (t1 - t0) - signalTimeS;
        }
        return new StabilizationCycle(time, leftAgain ? largest : 0, end);
    }
}
