package org.testbench.procedures.analysis.reducer;

import java.util.List;
import org.testbench.procedures.analysis.Reading;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.expression.Values;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * The arguments that select and evaluate a hysteresis loop, shared by {@code hysteresis} and
 * {@code lifetime-trend}:
 * {@code {series: loop, torque: output.torque, twist: output.angle, lost-motion-percent: 3 %,
 * t1: $dut.t1, t2: $dut.t2}}.
 * The lost motion torque t is either {@code lost-motion-percent} of the DUT's {@code rated-torque}
 * property (3 % in RV practice, 4 % in harmonic practice) or a torque, {@code lost-motion-torque}.
 *
 * @param series        the loop's series
 * @param torque        the output torque signal
 * @param twist         the output angle signal
 * @param percent       t as a percentage of the rated torque, or null
 * @param ratedTorque   the DUT's rated torque, used with {@code percent}
 * @param torqueT       t as a torque, or null
 * @param t1            the break torque T1
 * @param t2            the break torque T2
 */
record LoopArguments(String series, SignalName torque, SignalName twist, Expression percent, Expression ratedTorque,
                     Expression torqueT, Expression t1, Expression t2) {

    /**
     * @param at        the entry, for errors
     * @param arguments its arguments
     * @param parser    the procedure's scope
     * @return the checked arguments
     * @throws InputException when one is missing or wrong, or both or neither lost motion torque is given
     */
    static LoopArguments parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
        String series = ReducerArguments.series(arguments);
        SignalName torque = ReducerArguments.signal(arguments, "torque", parser, Unit.Quantity.TORQUE);
        SignalName twist = ReducerArguments.signal(arguments, "twist", parser, Unit.Quantity.ANGLE);
        boolean byPercent = arguments.optional("lost-motion-percent").isPresent();
        if (byPercent == arguments.optional("lost-motion-torque").isPresent()) {
            throw at.error("give the lost motion torque t as either 'lost-motion-percent' (of the DUT's rated-torque)"
                    + " or 'lost-motion-torque', not " + (byPercent ? "both" : "neither"));
        }
        Expression percent = null;
        Expression rated = null;
        Expression torqueT = null;
        if (byPercent) {
            YamlNode node = arguments.required("lost-motion-percent");
            percent = ReducerArguments.amount(arguments, "lost-motion-percent", Unit.Quantity.RATIO, parser);
            rated = Expression.parse(node, "$dut.rated-torque", parser);
            Expression ratedTorque = rated;
            parser.require(b -> ratedTorque.require(Unit.Quantity.TORQUE, b.dutScope()));
        } else {
            torqueT = ReducerArguments.amount(arguments, "lost-motion-torque", Unit.Quantity.TORQUE, parser);
        }
        Expression t1 = ReducerArguments.amount(arguments, "t1", Unit.Quantity.TORQUE, parser);
        Expression t2 = ReducerArguments.amount(arguments, "t2", Unit.Quantity.TORQUE, parser);
        return new LoopArguments(series, torque, twist, percent, rated, torqueT, t1, t2);
    }

    /**
     * @param values parameters and DUT properties
     * @return t, Nm
     */
    double lostMotionTorqueNm(Values values) {
        return percent != null ? percent.evaluate(values) / 100 * ratedTorque.evaluate(values)
                : torqueT.evaluate(values);
    }

    /**
     * @param readings the readings of one loop, in recording order
     * @param values   parameters and DUT properties
     * @return the loop's characteristics
     * @throws IllegalArgumentException when the readings are no complete loop beyond T2
     */
    HysteresisLoop loop(List<Reading> readings, Values values) {
        return HysteresisLoop.of(ReadingGroups.values(readings, torque), ReadingGroups.values(readings, twist),
                lostMotionTorqueNm(values), t1.evaluate(values), t2.evaluate(values));
    }
}
