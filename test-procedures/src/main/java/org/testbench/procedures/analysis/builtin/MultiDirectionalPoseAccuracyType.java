package org.testbench.procedures.analysis.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisType;
import org.testbench.procedures.analysis.PoseMeasurement;
import org.testbench.procedures.analysis.PoseMeasurements;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.Result;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.iso9283.Iso9283;
import org.testbench.standards.iso9283.MultiDirectionalPoseAccuracy;

/**
 * {@code multi-directional-pose-accuracy}: ISO 9283 clause 7.3, the multi-directional pose accuracy
 * variation vAPp, vAPa/b/c of every pose measured from several approach directions: the largest
 * distance between the barycentres of the attained poses of two directions. The direction of a
 * measurement is its {@code approach} tag, which {@code move: {from: ...}} sets. Takes no arguments.
 */
public final class MultiDirectionalPoseAccuracyType implements AnalysisType {

    /** Creates the type; found through ServiceLoader. */
    public MultiDirectionalPoseAccuracyType() {
    }

    @Override
    public String name() {
        return "multi-directional-pose-accuracy";
    }

    @Override
    public Map<String, Unit> ratable() {
        return RatableSymbols.of(Iso9283.MULTI_DIRECTIONAL_SYMBOLS, MultiDirectionalPoseAccuracyType::unit);
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        if (parser.poseNames().isEmpty()) {
            throw at.error("multi-directional pose accuracy needs 'poses: test-cube'");
        }
        // The analysis fails, and the run ends as ANALYSIS_FAILED, when a measured pose was approached from
        // fewer than two directions, or a measurement carries no approach.
        return Analysis.of(at.location(), input -> {
            Map<String, Map<String, List<Pose>>> byPose = new LinkedHashMap<>();
            for (PoseMeasurement m : PoseMeasurements.fromSamples(input.samples())) {
                String approach = m.context().get("approach");
                if (approach == null) {
                    throw new IllegalArgumentException("a measurement of " + m.pose() + " has no approach direction:"
                            + " move to the pose with 'from: +x' (or -x, +y, -y, +z, -z) before measuring it");
                }
                byPose.computeIfAbsent(m.pose(), p -> new LinkedHashMap<>())
                        .computeIfAbsent(approach, a -> new ArrayList<>()).add(m.attained());
            }
            List<Result> results = new ArrayList<>();
            byPose.forEach((pose, byDirection) -> {
                if (byDirection.size() < 2) {
                    throw new IllegalArgumentException(pose + " was approached from " + byDirection.keySet()
                            + " only; multi-directional pose accuracy needs two directions at least");
                }
                MultiDirectionalPoseAccuracy v = MultiDirectionalPoseAccuracy.of(input.commandedPoses().get(pose),
                        new ArrayList<>(byDirection.values()));
                String subject = pose + " from " + String.join(", ", byDirection.keySet());
                for (String symbol : Iso9283.MULTI_DIRECTIONAL_SYMBOLS) {
                    results.add(Result.judged(Iso9283.STANDARD, Iso9283.CLAUSE_MULTI_DIRECTIONAL_POSE_ACCURACY,
                            symbol, subject, value(v, symbol), unit(symbol), input.rated().get(symbol)));
                }
            });
            return results;
        });
    }

    private static double value(MultiDirectionalPoseAccuracy v, String symbol) {
        return switch (symbol) {
            case Iso9283.VAP_P -> v.vapP();
            case Iso9283.VAP_A -> v.vapA();
            case Iso9283.VAP_B -> v.vapB();
            case Iso9283.VAP_C -> v.vapC();
            default -> throw new IllegalArgumentException("no multi-directional characteristic: '" + symbol + "'");
        };
    }

    private static String unit(String symbol) {
        return symbol.equals(Iso9283.VAP_P) ? "mm" : "deg";
    }
}
