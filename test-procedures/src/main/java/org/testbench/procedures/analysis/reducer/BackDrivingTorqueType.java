package org.testbench.procedures.analysis.reducer;

import java.util.Map;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisType;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.reducer.Reducers;

/**
 * {@code back-driving-torque: {series: back-drive, torque: output.torque, motion: input.angle, threshold: 1 deg}}:
 * the smallest output torque that turns the free input, from a ramp of the output torque with the
 * input servo off (arguments: {@link TorqueOnset}).
 */
public final class BackDrivingTorqueType implements AnalysisType {

    /** Creates the type; found through ServiceLoader. */
    public BackDrivingTorqueType() {
    }

    @Override
    public String name() {
        return "back-driving-torque";
    }

    @Override
    public Map<String, Unit> ratable() {
        return TorqueOnset.ratable(Reducers.BACK_DRIVING_TORQUE);
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        return TorqueOnset.parse(TorqueOnset.Kind.BACK_DRIVING, at, arguments, parser);
    }
}
