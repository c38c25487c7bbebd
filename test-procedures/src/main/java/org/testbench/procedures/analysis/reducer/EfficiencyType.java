package org.testbench.procedures.analysis.reducer;

import java.util.Map;
import org.testbench.procedures.analysis.Analysis;
import org.testbench.procedures.analysis.AnalysisType;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.reducer.Reducers;

/**
 * {@code efficiency: {series: efficiency, input-torque: input.torque, input-speed: input.speed,
 * output-torque: output.torque, output-speed: output.speed, speed-per: speed, torque-per: load,
 * temperature: housing.temperature, judged-at: $dut.rated-torque}}: the efficiency at every
 * operating point of a speed x load sweep, from the mean input and output powers of the point's
 * readings; the loop variables {@code speed-per} (rpm) and {@code torque-per} (Nm) name the point.
 * Catalogues rate efficiency at one load (the rated torque): with {@code judged-at}, only the
 * points at that load are judged against the DUT's rated efficiency, the others are reported as
 * measured. Figure: one line of efficiency over speed per load.
 */
public final class EfficiencyType implements AnalysisType {

    /** Creates the type; found through ServiceLoader. */
    public EfficiencyType() {
    }

    @Override
    public String name() {
        return "efficiency";
    }

    @Override
    public Map<String, Unit> ratable() {
        return RatedLimits.ratable(Reducers.EFFICIENCY);
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        String series = ReducerArguments.series(arguments);
        SignalName[] signals = {
            ReducerArguments.signal(arguments, "input-torque", parser, Unit.Quantity.TORQUE),
            ReducerArguments.signal(arguments, "input-speed", parser, Unit.Quantity.ROTATIONAL_SPEED),
            ReducerArguments.signal(arguments, "output-torque", parser, Unit.Quantity.TORQUE),
            ReducerArguments.signal(arguments, "output-speed", parser, Unit.Quantity.ROTATIONAL_SPEED)};
        String speedPer = ReducerArguments.loopVariable(arguments, "speed-per");
        String torquePer = ReducerArguments.loopVariable(arguments, "torque-per");
        SignalName temperature = ReducerArguments.optionalSignal(arguments, "temperature", parser,
                Unit.Quantity.TEMPERATURE);
        Expression judgedAt = arguments.optional("judged-at").isPresent()
                ? ReducerArguments.amount(arguments, "judged-at", Unit.Quantity.TORQUE, parser) : null;
        return new EfficiencyAnalysis(at.location(), series, signals, speedPer, torquePer, temperature, judgedAt);
    }
}
