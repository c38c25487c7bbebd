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
 * {@code starting-torque: {series: start, torque: input.torque, motion: input.angle, threshold: 1 deg,
 * command: input.torque-command}}: the smallest input torque that starts the unloaded reducer,
 * from a ramp of the input torque (arguments: {@link TorqueOnset}).
 */
public final class StartingTorqueType implements AnalysisType {

    /** Creates the type; found through ServiceLoader. */
    public StartingTorqueType() {
    }

    @Override
    public String name() {
        return "starting-torque";
    }

    @Override
    public Map<String, Unit> ratable() {
        return TorqueOnset.ratable(Reducers.STARTING_TORQUE);
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        return TorqueOnset.parse(TorqueOnset.Kind.STARTING, at, arguments, parser);
    }
}
