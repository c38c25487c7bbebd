package org.testbench.procedures.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.iso9283.Iso9283;
import org.testbench.standards.iso9283.PoseAccuracy;
import org.testbench.standards.iso9283.PoseCharacteristics;
import org.testbench.standards.iso9283.PoseRepeatability;

/**
 * ISO 9283 pose characteristics from attained poses grouped by pose, computing what the data
 * allows and saying why the rest could not be computed: AP needs a commanded pose, RP at least
 * two attained poses, and the orientation characteristics need measured (and, for APa/b/c,
 * commanded) orientation. Live runs always have all of it; tracker exports often do not.
 */
public final class PoseAnalysis {

    private static final Set<String> ORIENTATION_SYMBOLS = Set.of(Iso9283.AP_A, Iso9283.AP_B, Iso9283.AP_C,
            Iso9283.RP_A, Iso9283.RP_B, Iso9283.RP_C);

    private PoseAnalysis() {
    }

    /** The groups of clause 7.2 characteristics an analysis can ask for. */
    public enum Part {
        /** ISO 9283 7.2.1 pose accuracy: APp, APx/y/z, APa/b/c. */
        ACCURACY,
        /** ISO 9283 7.2.2 pose repeatability: RPl, RPa/b/c. */
        REPEATABILITY
    }

    /**
     * The analysis' results, and what it could not compute.
     *
     * @param results     the results, pose by pose, AP before RP
     * @param notComputed one sentence per characteristic group that could not be computed, with the reason
     */
    public record Outcome(List<Result> results, List<String> notComputed) {
    }

    /**
     * The data the analysis works on.
     *
     * @param attained             attained poses per pose name, in pose order
     * @param commanded            commanded poses per pose name; may lack some or all poses
     * @param orientationMeasured  whether the attained poses carry a measured orientation
     * @param orientationCommanded whether the commanded poses carry an orientation
     */
    public record PoseData(Map<String, List<Pose>> attained, Map<String, Pose> commanded,
                           boolean orientationMeasured, boolean orientationCommanded) {
    }

    /**
     * @param data      the poses
     * @param parts     which characteristics to compute
     * @param rated     the DUT's rated values by symbol
     * @return the results and the reasons for what is missing
     */
    public static Outcome analyze(PoseData data, Set<Part> parts, Map<String, Limit> rated) {
        List<Result> results = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean accuracy = parts.contains(Part.ACCURACY);
        if (accuracy && data.commanded().isEmpty()) {
            missing.add("AP (all poses): no commanded poses were given, so only repeatability is computed");
        }
        if (!data.orientationMeasured()) {
            missing.add("APa/APb/APc and RPa/RPb/RPc: the measured data has no orientation (a, b, c)");
        } else if (accuracy && !data.commanded().isEmpty() && !data.orientationCommanded()) {
            missing.add("APa/APb/APc: the commanded poses have no orientation (a, b, c)");
        }
        for (Map.Entry<String, List<Pose>> e : data.attained().entrySet()) {
            String pose = e.getKey();
            List<Pose> attained = e.getValue();
            Pose commanded = data.commanded().get(pose);
            if (accuracy && !data.commanded().isEmpty()) {
                if (commanded == null) {
                    missing.add(pose + " AP: no commanded pose for " + pose);
                } else {
                    PoseAccuracy ap = PoseAccuracy.of(commanded, attained);
                    results.addAll(PoseCharacteristics.results(pose, computable(Iso9283.POSE_ACCURACY_SYMBOLS,
                            data.orientationMeasured() && data.orientationCommanded()), ap::value, rated));
                }
            }
            if (parts.contains(Part.REPEATABILITY)) {
                if (attained.size() < 2) {
                    missing.add(pose + " RP: " + attained.size() + " attained pose, at least 2 are needed");
                } else {
                    PoseRepeatability repeatability = commanded != null && data.orientationCommanded()
                            ? PoseRepeatability.of(attained, commanded.rotation()) : PoseRepeatability.of(attained);
                    results.addAll(PoseCharacteristics.results(pose, computable(Iso9283.POSE_REPEATABILITY_SYMBOLS,
                            data.orientationMeasured()), repeatability::value, rated));
                }
            }
        }
        return new Outcome(List.copyOf(results), List.copyOf(missing));
    }

    private static List<String> computable(List<String> symbols, boolean orientation) {
        return orientation ? symbols : symbols.stream().filter(s -> !ORIENTATION_SYMBOLS.contains(s)).toList();
    }
}
