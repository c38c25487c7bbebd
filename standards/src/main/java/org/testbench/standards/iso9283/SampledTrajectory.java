package org.testbench.standards.iso9283;

import java.util.ArrayList;
import java.util.List;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/**
 * The attained poses of one run as the measuring instrument sampled them, in time order: the raw
 * data of stabilization time, overshoot, path crossings and corner deviations.
 *
 * <p>Times are in seconds on any fixed origin (the instrument's clock), strictly increasing.
 */
public final class SampledTrajectory {

    private final double[] times;
    private final List<Pose> poses;

    private SampledTrajectory(double[] times, List<Pose> poses) {
        this.times = times;
        this.poses = poses;
    }

    /**
     * @param timesS the sample times, s, strictly increasing, at least two
     * @param poses  the attained pose at each time
     * @return the trajectory
     * @throws IllegalArgumentException when the counts differ, a time is not finite or not increasing,
     *                                  or there are fewer than two samples
     */
    public static SampledTrajectory of(double[] timesS, List<Pose> poses) {
        if (timesS == null || poses == null || timesS.length != poses.size()) {
            throw new IllegalArgumentException("a sampled trajectory needs one time per pose, got "
                    + (timesS == null ? 0 : timesS.length) + " times and " + (poses == null ? 0 : poses.size()) + " poses");
        }
        SampleStatistics.requireAtLeast("a sampled trajectory", 2, "samples", poses);
        for (int k = 0; k < timesS.length; k++) {
            if (!Double.isFinite(timesS[k]) || (k > 0 && !(timesS[k] > timesS[k - 1]))) {
                throw new IllegalArgumentException("sample times must be finite and strictly increasing, but sample "
                        + k + " is at " + timesS[k] + " s" + (k > 0 ? " after " + timesS[k - 1] + " s" : ""));
            }
            if (poses.get(k) == null) {
                throw new IllegalArgumentException("sample " + k + " at " + timesS[k] + " s has no pose");
            }
        }
        return new SampledTrajectory(timesS.clone(), List.copyOf(poses));
    }

    /**
     * For instruments that measure position only (e.g. a laser tracker with a plain reflector): the
     * orientation of every sample is a = b = c = 0, so only position results are meaningful.
     *
     * @param timesS    the sample times, s, strictly increasing, at least two
     * @param positions the attained position at each time, mm
     * @return the trajectory
     */
    public static SampledTrajectory ofPositions(double[] timesS, List<Vector3> positions) {
        List<Pose> poses = new ArrayList<>(positions == null ? 0 : positions.size());
        if (positions != null) {
            for (Vector3 p : positions) {
                poses.add(p == null ? null : new Pose(p, 0, 0, 0));
            }
        }
        return of(timesS, poses);
    }

    /** @return the number of samples */
    public int size() {
        return times.length;
    }

    /**
     * @param k the sample index, 0 .. size() - 1
     * @return its time, s
     */
    public double time(int k) {
        return times[k];
    }

    /**
     * @param k the sample index, 0 .. size() - 1
     * @return its attained pose
     */
    public Pose pose(int k) {
        return poses.get(k);
    }

    /**
     * @param k the sample index, 0 .. size() - 1
     * @return its attained position, mm
     */
    public Vector3 position(int k) {
        return poses.get(k).position();
    }
}
