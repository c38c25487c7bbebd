package org.testbench.procedures.step.builtin;

import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.Argument;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.procedures.step.StepParser;
import org.testbench.procedures.step.StepType;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * {@code dwell: {seconds: 1.5 | $dwell}} or {@code dwell: {duration: 100 h | $every}}: waits on
 * the rig's time, which is its clock signal when the rig file declares one (so a simulator running
 * faster than real time dwells "100 h" in seconds) and wall time otherwise.
 */
public final class DwellStep extends LeafStep {

    /** A day: longer waits given in seconds are a procedure-file mistake, not a test condition. */
    private static final double MAX_SECONDS = 86_400;
    /** Ten thousand hours: a life test's longest block; a duration longer than that is a typo. */
    private static final double MAX_DURATION_S = 10_000 * 3600.0;

    private final Argument seconds;
    private final Expression duration;

    private DwellStep(String location, Argument seconds, Expression duration) {
        super(location, null);
        this.seconds = seconds;
        this.duration = duration;
    }

    @Override
    public String describe() {
        return "dwell " + (seconds != null ? seconds + " s" : duration);
    }

    @Override
    String describe(StepContext context) {
        return "dwell " + NumberArguments.plain(seconds(context)) + " s";
    }

    private double seconds(StepContext context) {
        if (seconds != null) {
            return seconds.number(context);
        }
        double s = duration.evaluate(context);
        if (!(s >= 0 && s <= MAX_DURATION_S)) {
            throw new IllegalArgumentException(location() + ": dwell '" + duration + "' is " + s
                    + " s in this loop, outside [0, " + NumberArguments.plain(MAX_DURATION_S) + "] s");
        }
        return s;
    }

    @Override
    void run(StepContext context) throws DeviceException, InterruptedException {
        context.clock().sleep(seconds(context));
    }

    /** Parses {@code dwell}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "dwell";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            if (arguments.optional("duration").isPresent()) {
                if (arguments.optional("seconds").isPresent()) {
                    throw at.error("a dwell takes 'seconds' or 'duration', not both");
                }
                return new DwellStep(at.location(), null, NumberArguments.duration(arguments.required("duration"),
                        parser, 0, MAX_DURATION_S));
            }
            return new DwellStep(at.location(), Argument.parseInRange(arguments.required("seconds"),
                    Argument.Kind.NUMBER, parser, 0, MAX_SECONDS), null);
        }
    }
}
