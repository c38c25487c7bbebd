package org.testbench.procedures.step.builtin;

import java.util.ArrayList;
import java.util.List;
import org.testbench.procedures.expression.DutScope;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.procedures.step.StepParser;
import org.testbench.procedures.step.StepType;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * {@code for-each: {values: [500 rpm, 1000 rpm, 2000 rpm], as: speed, steps: [...]}}: runs the
 * nested steps once per value, in the order written; nested, a sweep over two variables (an
 * efficiency map over speed and torque). The values are of one quantity, may use parameters, DUT
 * properties and enclosing loop variables, and are tagged on every sample the nested steps record.
 */
public final class ForEachStep extends LoopStep {

    private final List<Expression> values;

    private ForEachStep(String location, List<Expression> values, String variable, List<Step> steps) {
        super(location, variable, steps);
        this.values = List.copyOf(values);
    }

    @Override
    long count(StepContext context) {
        return values.size();
    }

    @Override
    Object value(StepContext context, long index) {
        return values.get((int) index).evaluate(context);
    }

    @Override
    public String describe() {
        return "for each of " + values + " as $" + variable();
    }

    /** Parses {@code for-each}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "for-each";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            YamlNode valuesNode = arguments.required("values");
            List<Expression> values = new ArrayList<>();
            for (YamlNode v : valuesNode.asList()) {
                values.add(NumberArguments.number(v, parser));
            }
            if (values.isEmpty()) {
                throw valuesNode.error("needs at least one value");
            }
            sameQuantity(values, DutScope.unknown());
            if (values.stream().anyMatch(Expression::usesDut)) {
                parser.require(b -> sameQuantity(values, b.dutScope()));
            }
            YamlNode asNode = arguments.required("as");
            List<Step> steps = parser.stepsWithVariable(asNode, asNode.asText(),
                    dut -> values.get(0).quantity(dut), arguments.required("steps"));
            return new ForEachStep(at.location(), values, asNode.asText(), steps);
        }

        private static void sameQuantity(List<Expression> values, DutScope dut) throws InputException {
            Unit.Quantity first = null;
            for (Expression v : values) {
                Unit.Quantity q = v.quantity(dut);
                if (q == null) {
                    continue;
                }
                if (first == null) {
                    first = q;
                } else if (q != first) {
                    throw v.node().error("'" + v + "' is of another quantity than the values before it: a loop"
                            + " variable holds one quantity");
                }
            }
        }
    }
}
