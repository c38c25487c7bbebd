package org.testbench.procedures.analysis.builtin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.testbench.rigs.Sample;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.iso9283.SampledTrajectory;

/**
 * What the {@code track} step recorded, read back for the analyses of motions (stabilization,
 * paths): the streamed poses of each tracked block, told apart by a loop variable, and the time
 * the controller signalled the block's motion done.
 *
 * @param poses   the samples of the series {@code track} per block (the loop variable's value)
 * @param signals the "pose attained" time per block, where the block moved the robot
 */
record TrackedRuns(Map<String, List<Sample>> poses, Map<String, Instant> signals) {

    private static final List<String> SIGNALS = List.of("x", "y", "z", "a", "b", "c");

    /**
     * @param samples a run's samples
     * @param per     the loop variable that tells the tracked blocks apart
     * @return the tracked blocks, in recording order
     */
    static TrackedRuns of(List<Sample> samples, String per) {
        Map<String, List<Sample>> poses = new LinkedHashMap<>();
        Map<String, Instant> signals = new LinkedHashMap<>();
        for (Sample s : samples) {
            String series = s.context().get("series");
            String block = s.context().get(per);
            if ("track".equals(series)) {
                poses.computeIfAbsent(block, b -> new ArrayList<>()).add(s);
            } else if ("track-signal".equals(series)) {
                signals.put(block, s.time());
            }
        }
        return new TrackedRuns(poses, signals);
    }

    /**
     * @param block  a tracked block
     * @param origin the time that counts as 0
     * @return the block's poses in time order, timed in seconds from the origin; a pose stamped no
     *     later than the one before it (a stream may repeat its last sample) is left out
     * @throws IllegalArgumentException when the block has fewer than two poses
     */
    SampledTrajectory trajectory(String block, Instant origin) {
        Map<Long, double[]> byReading = new TreeMap<>();
        Map<Long, Instant> times = new LinkedHashMap<>();
        for (Sample s : poses.getOrDefault(block, List.of())) {
            int i = SIGNALS.indexOf(s.signal());
            if (i >= 0) {
                long reading = Long.parseLong(s.context().get("reading"));
                byReading.computeIfAbsent(reading, r -> new double[SIGNALS.size()])[i] = s.value();
                times.put(reading, s.time());
            }
        }
        List<Long> ordered = new ArrayList<>(byReading.keySet());
        ordered.sort((a, b) -> times.get(a).compareTo(times.get(b)));
        List<Double> t = new ArrayList<>();
        List<Pose> list = new ArrayList<>();
        for (long reading : ordered) {
            Instant at = times.get(reading);
            double seconds = (at.getEpochSecond() - origin.getEpochSecond()) + (at.getNano() - origin.getNano()) / 1e9;
            if (!t.isEmpty() && seconds <= t.get(t.size() - 1)) {
                continue;
            }
            double[] v = byReading.get(reading);
            t.add(seconds);
            list.add(Pose.of(v[0], v[1], v[2], v[3], v[4], v[5]));
        }
        return SampledTrajectory.of(t.stream().mapToDouble(Double::doubleValue).toArray(), list);
    }
}
