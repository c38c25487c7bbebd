package org.testbench.procedures.analysis.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisType;
import org.testbench.procedures.analysis.PoseMeasurements;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.Result;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.iso9283.DistanceAccuracy;
import org.testbench.standards.iso9283.DistanceRepeatability;
import org.testbench.standards.iso9283.Iso9283;

/**
 * {@code distance-accuracy: {from: P2, to: P4}}: ISO 9283 clause 7.4, distance accuracy ADp,
 * ADx/y/z, ADa/b/c and distance repeatability RD, RDa/b/c between two poses the procedure measures
 * alternately. The i-th measurement at one pose is paired with the i-th at the other, as the
 * cycles recorded them.
 */
public final class DistanceAccuracyType implements AnalysisType {

    private static final Set<String> ORIENTATION = Set.of(Iso9283.AD_A, Iso9283.AD_B, Iso9283.AD_C, Iso9283.RD_A,
            Iso9283.RD_B, Iso9283.RD_C);

    /** Creates the type; found through ServiceLoader. */
    public DistanceAccuracyType() {
    }

    @Override
    public String name() {
        return "distance-accuracy";
    }

    @Override
    public Map<String, Unit> ratable() {
        return RatableSymbols.of(symbols(), DistanceAccuracyType::unit);
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        String from = PoseArgument.parse(arguments, "from", parser, "distance accuracy");
        String to = PoseArgument.parse(arguments, "to", parser, "distance accuracy");
        if (from.equals(to)) {
            throw arguments.required("to").error("a distance needs two different poses, both are " + from);
        }
        return Analysis.of(at.location(), input -> {
            Map<String, List<Pose>> attained = PoseMeasurements.byPose(input.samples(),
                    input.commandedPoses().keySet());
            List<Pose> first = attained.getOrDefault(from, List.of());
            List<Pose> second = attained.getOrDefault(to, List.of());
            Pose c1 = input.commandedPoses().get(from);
            Pose c2 = input.commandedPoses().get(to);
            DistanceAccuracy ad = DistanceAccuracy.of(c1, c2, first, second);
            DistanceRepeatability rd = DistanceRepeatability.of(c1, c2, first, second);
            String subject = from + "-" + to;
            List<Result> results = new ArrayList<>();
            for (String symbol : Iso9283.DISTANCE_ACCURACY_SYMBOLS) {
                results.add(Result.judged(Iso9283.STANDARD, Iso9283.CLAUSE_DISTANCE_ACCURACY, symbol, subject,
                        ad.value(symbol), unit(symbol), input.rated().get(symbol)));
            }
            for (String symbol : Iso9283.DISTANCE_REPEATABILITY_SYMBOLS) {
                results.add(Result.judged(Iso9283.STANDARD, Iso9283.CLAUSE_DISTANCE_REPEATABILITY, symbol, subject,
                        rd.value(symbol), unit(symbol), input.rated().get(symbol)));
            }
            return results;
        });
    }

    private static List<String> symbols() {
        List<String> all = new ArrayList<>(Iso9283.DISTANCE_ACCURACY_SYMBOLS);
        all.addAll(Iso9283.DISTANCE_REPEATABILITY_SYMBOLS);
        return all;
    }

    /** @return "mm" for ADp, ADx/y/z and RD, "deg" for the orientation ones */
    private static String unit(String symbol) {
        return ORIENTATION.contains(symbol) ? "deg" : "mm";
    }
}
