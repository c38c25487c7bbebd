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
 * {@code lifetime-trend}: the characteristics an accelerated life test re-measures after every
 * block of its duty cycle, against the hours run:
 * <pre>
 * - lifetime-trend:
 *     block: block                 # the loop variable counting the duty blocks (readings without it: 0 h)
 *     every: $every                # the duty hours per block
 *     loop: {series: life-loop, torque: output.torque, twist: output.angle, lost-motion-percent: 3 %,
 *            t1: $dut.t1, t2: $dut.t2}               # lost motion and K1..K3, as for hysteresis
 *     no-load: {series: life-no-load, torque: input.torque, time: bench.sim-time}   # mean input torque, unloaded
 *     temperature: {series: life-temperature, housing: housing.temperature, ambient: housing.ambient,
 *                   time: bench.sim-time}
 * </pre>
 * Results per block (judged against the DUT's rated values, which a reducer must still meet at
 * the end of its life test) and the growth of lost motion and no-load torque over the test, from
 * a straight line through all blocks; one figure per characteristic. With {@code time} (the rig's
 * clock), readings repeating one instant of it count once in a mean.
 */
public final class LifetimeTrendType implements AnalysisType {

    /** Creates the type; found through ServiceLoader. */
    public LifetimeTrendType() {
    }

    @Override
    public String name() {
        return "lifetime-trend";
    }

    @Override
    public Map<String, Unit> ratable() {
        return RatedLimits.ratable(Reducers.LOST_MOTION, Reducers.K1, Reducers.K2, Reducers.K3,
                Reducers.NO_LOAD_RUNNING_TORQUE, Reducers.TEMPERATURE_RISE);
    }

    @Override
    public Analysis parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        String block = ReducerArguments.loopVariable(arguments, "block");
        Expression every = ReducerArguments.amount(arguments, "every", Unit.Quantity.TIME, parser);
        YamlNode loopNode = arguments.required("loop");
        YamlMap loopMap = loopNode.asMap();
        LoopArguments loop = LoopArguments.parse(loopNode, loopMap, parser);
        loopMap.rejectUnknown();
        YamlMap noLoad = arguments.required("no-load").asMap();
        String noLoadSeries = ReducerArguments.series(noLoad);
        SignalName torque = ReducerArguments.signal(noLoad, "torque", parser, Unit.Quantity.TORQUE);
        SignalName noLoadTime = ReducerArguments.optionalSignal(noLoad, "time", parser, Unit.Quantity.TIME);
        noLoad.rejectUnknown();
        YamlMap temperature = arguments.required("temperature").asMap();
        String temperatureSeries = ReducerArguments.series(temperature);
        SignalName housing = ReducerArguments.signal(temperature, "housing", parser, Unit.Quantity.TEMPERATURE);
        SignalName ambient = ReducerArguments.signal(temperature, "ambient", parser, Unit.Quantity.TEMPERATURE);
        SignalName temperatureTime = ReducerArguments.optionalSignal(temperature, "time", parser, Unit.Quantity.TIME);
        temperature.rejectUnknown();
        return new LifetimeTrendAnalysis(at.location(), block, every, loop,
                new LifetimeTrendAnalysis.Signal(noLoadSeries, torque, null, noLoadTime),
                new LifetimeTrendAnalysis.Signal(temperatureSeries, housing, ambient, temperatureTime));
    }
}
