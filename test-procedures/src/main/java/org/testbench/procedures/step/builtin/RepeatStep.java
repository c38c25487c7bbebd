package org.testbench.procedures.step.builtin;

import java.util.List;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.Argument;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.procedures.step.StepParser;
import org.testbench.procedures.step.StepType;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * {@code repeat: {times: 30 | $cycles | $hours / $every, as: cycle, steps: [...]}}: runs the nested
 * steps {@code times} times with the loop variable counting 1, 2, ... (a cycle number in the
 * report). An expression for {@code times} must come out whole from the parameters and the DUT,
 * which is checked before the run starts (a life test of 1000 h re-measured every 100 h: 10 blocks).
 */
public final class RepeatStep extends LoopStep {

    /** Enough for a million-cycle life test; more is a typo. */
    private static final double MAX_TIMES = 1_000_000_000;

    /** A literal or a single reference, read as before expressions existed, with the same messages. */
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[-+]?\\d+|\\$[a-z][a-z0-9-]*");

    private final Argument times;
    private final Expression timesExpression;

    private RepeatStep(String location, Argument times, Expression timesExpression, String variable, List<Step> steps) {
        super(location, variable, steps);
        this.times = times;
        this.timesExpression = timesExpression;
    }

    @Override
    long count(StepContext context) {
        return times != null ? times.integer(context) : NumberArguments.whole(timesExpression, context);
    }

    @Override
    Object value(StepContext context, long index) {
        return index + 1;
    }

    @Override
    public String describe() {
        return "repeat " + (times != null ? times : timesExpression) + " times as $" + variable();
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
            boolean plain = timesNode.isList() || timesNode.isMap() || PLAIN.matcher(timesNode.asText()).matches();
            Argument times = plain ? Argument.parseInRange(timesNode, Argument.Kind.INTEGER, parser, 1, MAX_TIMES) : null;
            Expression expression = plain ? null : NumberArguments.count(timesNode, parser, 1, (long) MAX_TIMES);
            YamlNode asNode = arguments.required("as");
            String variable = asNode.asText();
            List<Step> steps = parser.stepsWithVariable(asNode, variable, Argument.Kind.INTEGER, arguments.required("steps"));
            return new RepeatStep(at.location(), times, expression, variable, steps);
        }
    }
}
