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

/** {@code pose-accuracy}: ISO 9283 7.2.1 pose accuracy per pose: APp, APx/y/z, APa/b/c. Takes no arguments. */
public final class PoseAccuracyType implements AnalysisType {

    /** Creates the type; found through ServiceLoader. */
    public PoseAccuracyType() {
    }

    @Override
    public String name() {
        return "pose-accuracy";
    }

    @Override
    public Map<String, Unit> ratable() {
        return PoseCharacteristicsAnalysis.ratable(Iso9283.POSE_ACCURACY_SYMBOLS);
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        return PoseCharacteristicsAnalysis.parse(at, PoseAnalysis.Part.ACCURACY, parser);
    }
}
