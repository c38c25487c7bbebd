package org.testbench.procedures.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.testbench.rigs.Sample;
import org.testbench.standards.geometry.Pose;

/**
 * Rebuilds attained poses from recorded samples. Runs and reports both go through here, so a
 * report regenerated from the archive is computed from exactly what the run recorded.
 */
public final class PoseMeasurements {

    private static final List<String> SIGNALS = List.of("x", "y", "z", "a", "b", "c");

    private PoseMeasurements() {
    }

    /**
     * Groups the samples tagged with a {@code pose} (and no series) by device and context, in recording order.
     *
     * @param samples the run's samples
     * @return one measurement per group
     * @throws IllegalArgumentException when a group lacks one of x, y, z, a, b, c or repeats one
     */
    public static List<PoseMeasurement> fromSamples(List<Sample> samples) {
        Map<String, Map<String, Sample>> groups = new LinkedHashMap<>();
        for (Sample s : samples) {
            // A generic device's signal measured into a series after a move is no tracker reading.
            if (!s.context().containsKey("pose") || !SIGNALS.contains(s.signal()) || s.context().containsKey("series")) {
                continue;
            }
            String key = s.device() + " " + new TreeMap<>(s.context());
            Map<String, Sample> group = groups.computeIfAbsent(key, k -> new HashMap<>());
            if (group.putIfAbsent(s.signal(), s) != null) {
                throw new IllegalArgumentException("two samples of " + s.device() + "." + s.signal() + " for " + key);
            }
        }
        List<PoseMeasurement> measurements = new ArrayList<>();
        for (Map.Entry<String, Map<String, Sample>> e : groups.entrySet()) {
            Map<String, Sample> g = e.getValue();
            double[] v = new double[SIGNALS.size()];
            Instant first = null;
            for (int i = 0; i < SIGNALS.size(); i++) {
                Sample s = g.get(SIGNALS.get(i));
                if (s == null) {
                    throw new IllegalArgumentException("measurement " + e.getKey() + " lacks signal " + SIGNALS.get(i));
                }
                if (!s.good()) {
                    throw new IllegalArgumentException("measurement " + e.getKey() + " has a bad " + s.signal());
                }
                v[i] = s.value();
                first = first == null || s.time().isBefore(first) ? s.time() : first;
            }
            Map<String, String> context = new TreeMap<>(g.get("x").context());
            String pose = context.remove("pose");
            measurements.add(new PoseMeasurement(pose, context, Pose.of(v[0], v[1], v[2], v[3], v[4], v[5]), first));
        }
        return measurements;
    }

    /**
     * The attained poses of each commanded pose, in the given pose order; poses without
     * measurements are left out.
     *
     * @param samples the run's samples
     * @param poses   the procedure's pose names, in order
     * @return attained poses per pose name
     * @throws IllegalArgumentException when a measurement is tagged with a pose not in {@code poses}
     */
    public static Map<String, List<Pose>> byPose(List<Sample> samples, java.util.Collection<String> poses) {
        Map<String, List<Pose>> attained = new LinkedHashMap<>();
        poses.forEach(p -> attained.put(p, new ArrayList<>()));
        for (PoseMeasurement m : fromSamples(samples)) {
            List<Pose> list = attained.get(m.pose());
            if (list == null) {
                throw new IllegalArgumentException("a measurement is tagged with pose '" + m.pose()
                        + "', which the procedure does not define");
            }
            list.add(m.attained());
        }
        attained.values().removeIf(List::isEmpty);
        return attained;
    }
}
