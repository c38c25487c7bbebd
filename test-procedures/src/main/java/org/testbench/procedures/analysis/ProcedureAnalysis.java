package org.testbench.procedures.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testbench.procedures.Analysis;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.rigs.Sample;
import org.testbench.rigs.Unit;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.iso9283.Iso9283;
import org.testbench.standards.iso9283.PoseCharacteristics;

/**
 * Computes a procedure's results from its recorded samples: rebuilds the attained poses, groups
 * them by commanded pose and hands them to {@code standards}. Pure: the same samples always give
 * the same results, in the same order (pose order of the procedure, then characteristic order of
 * the clause).
 */
public final class ProcedureAnalysis {

    private ProcedureAnalysis() {
    }

    /**
     * @return every characteristic the analyses can judge, with the quantity of each, for checking a
     *     DUT file's rated values: the same DUT file serves every procedure
     */
    public static Map<String, Unit.Quantity> ratable() {
        Map<String, Unit.Quantity> symbols = new LinkedHashMap<>();
        for (Analysis a : Analysis.values()) {
            for (String symbol : symbols(a)) {
                symbols.put(symbol, "mm".equals(PoseCharacteristics.unit(symbol)) ? Unit.Quantity.LENGTH : Unit.Quantity.ANGLE);
            }
        }
        return symbols;
    }

    /**
     * @param procedure  the procedure that ran
     * @param parameters its parameter values
     * @param rated      the DUT's rated values by symbol
     * @param samples    the recorded samples
     * @return the results of the procedure's analyses
     * @throws IllegalArgumentException when a pose has fewer than two measurements, or none
     */
    public static List<Result> results(Procedure procedure, Parameters parameters, Map<String, Limit> rated,
                                       List<Sample> samples) {
        if (procedure.analyses().isEmpty()) {
            return List.of();
        }
        Map<String, Pose> commanded = procedure.commandedPoses(parameters);
        Map<String, List<Pose>> attained = PoseMeasurements.byPose(samples, commanded.keySet());
        for (Map.Entry<String, List<Pose>> e : attained.entrySet()) {
            if (e.getValue().size() == 1) {
                throw new IllegalArgumentException("pose " + e.getKey() + " has 1 measurement; pose repeatability needs"
                        + " at least 2");
            }
        }
        PoseAnalysis.PoseData data = new PoseAnalysis.PoseData(attained, commanded, true, true);
        return PoseAnalysis.analyze(data, java.util.EnumSet.copyOf(procedure.analyses()), rated).results();
    }

    private static List<String> symbols(Analysis analysis) {
        return analysis == Analysis.POSE_ACCURACY ? Iso9283.POSE_ACCURACY_SYMBOLS : Iso9283.POSE_REPEATABILITY_SYMBOLS;
    }
}
