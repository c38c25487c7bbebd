package org.testbench.procedures.step.builtin;

import java.util.List;
import org.testbench.procedures.expression.Condition;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.procedures.step.SignalArguments;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.procedures.step.StepParser;
import org.testbench.procedures.step.StepType;
import org.testbench.rigs.Sample;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.device.RigClock;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * {@code wait-until: {condition: "housing.temperature < 30 degC", timeout: 2 h, interval: 1 s}}:
 * reads the condition's signal every {@code interval} (default 100 ms) on the rig's clock until the
 * condition holds; when it has not held within {@code timeout}, the run ends as a rig fault (a
 * rig that does not reach a state is not fit to go on).
 */
public final class WaitUntilStep extends LeafStep {

    /** A year of waiting is a typo. */
    private static final double MAX_TIMEOUT_S = 366 * 86_400.0;
    private static final double DEFAULT_INTERVAL_S = 0.1;

    private final Condition condition;
    private final Expression timeout;
    private final Expression interval;

    private WaitUntilStep(String location, Condition condition, Expression timeout, Expression interval) {
        super(location, null);
        this.condition = condition;
        this.timeout = timeout;
        this.interval = interval;
    }

    @Override
    public String describe() {
        return "wait until " + condition + " (at most " + timeout + ")";
    }

    @Override
    String describe(StepContext context) {
        return "wait until " + condition + " (at most " + NumberArguments.plain(timeout.evaluate(context)) + " s)";
    }

    @Override
    void run(StepContext context) throws DeviceException, InterruptedException {
        RigClock clock = context.clock();
        double limit = timeout.evaluate(context);
        double every = interval == null ? DEFAULT_INTERVAL_S : interval.evaluate(context);
        double deadline = clock.now() + limit;
        while (true) {
            Sample s = context.devices().read(List.of(condition.signal())).get(0);
            if (s.good() && condition.holds(s.value(), context)) {
                return;
            }
            if (clock.now() >= deadline) {
                throw new DeviceException(location() + ": '" + condition + "' did not hold within "
                        + NumberArguments.plain(limit) + " s of " + clock.describe() + " (last reading " + s.value()
                        + " " + s.unit() + (s.good() ? "" : ", bad") + ")", null);
            }
            clock.sleep(every);
        }
    }

    /** Parses {@code wait-until}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "wait-until";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            Condition condition = SignalArguments.condition(arguments.required("condition"), parser);
            Expression timeout = NumberArguments.duration(arguments.required("timeout"), parser, 0, MAX_TIMEOUT_S);
            Expression interval = arguments.optional("interval").isPresent()
                    ? NumberArguments.duration(arguments.required("interval"), parser, 0.001, MAX_TIMEOUT_S) : null;
            return new WaitUntilStep(at.location(), condition, timeout, interval);
        }
    }
}
