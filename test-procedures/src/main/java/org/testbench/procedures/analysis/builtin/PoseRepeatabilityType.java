package org.testbench.procedures.analysis.builtin;

import java.util.Map;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisType;
import org.testbench.procedures.analysis.PoseAnalysis;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.iso9283.Iso9283;

/**
 * {@code pose-repeatability}: ISO 9283 7.2.2 pose repeatability per pose: RPl, RPa/b/c, and as figures each
 * pose's attained positions around their barycentre with its RPl circle. Takes no arguments.
 */
public final class PoseRepeatabilityType implements AnalysisType {

    /** Creates the type; found through ServiceLoader. */
    public PoseRepeatabilityType() {
    }

    @Override
    public String name() {
        return "pose-repeatability";
    }

    @Override
    public Map<String, Unit> ratable() {
        return PoseCharacteristicsAnalysis.ratable(Iso9283.POSE_REPEATABILITY_SYMBOLS);
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        return PoseCharacteristicsAnalysis.parse(at, PoseAnalysis.Part.REPEATABILITY, parser);
    }
}
