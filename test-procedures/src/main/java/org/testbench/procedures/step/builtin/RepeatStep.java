package org.testbench.procedures.step.builtin;

import java.util.List;
import org.testbench.procedures.step.Argument;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.procedures.step.StepParser;
import org.testbench.procedures.step.StepType;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * {@code repeat: {times: 30 | $cycles, as: cycle, steps: [...]}}: runs the nested steps
 * {@code times} times with the loop variable counting 1, 2, ... (a cycle number in the report).
 */
public final class RepeatStep extends LoopStep {

    /** Enough for a million-cycle life test; more is a typo. */
    private static final double MAX_TIMES = 1_000_000_000;

    private final Argument times;

    private RepeatStep(String location, Argument times, String variable, List<Step> steps) {
        super(location, variable, steps);
        this.times = times;
    }

    @Override
    long count(StepContext context) {
        return times.integer(context);
    }

    @Override
    Object value(StepContext context, long index) {
        return index + 1;
    }

    @Override
    public String describe() {
        return "repeat " + times + " times as $" + variable();
    }

    /** Parses {@code repeat}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "repeat";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            YamlNode timesNode = arguments.required("times");
            Argument times = Argument.parseInRange(timesNode, Argument.Kind.INTEGER, parser, 1, MAX_TIMES);
            YamlNode asNode = arguments.required("as");
            String variable = asNode.asText();
            List<Step> steps = parser.stepsWithVariable(asNode, variable, Argument.Kind.INTEGER, arguments.required("steps"));
            return new RepeatStep(at.location(), times, variable, steps);
        }
    }
}
