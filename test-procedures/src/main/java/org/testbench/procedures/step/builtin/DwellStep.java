package org.testbench.procedures.step.builtin;

import org.testbench.procedures.step.Argument;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.procedures.step.StepParser;
import org.testbench.procedures.step.StepType;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/** {@code dwell: {seconds: 1.5 | $dwell}}: waits, in wall time, e.g. before measuring. */
public final class DwellStep extends LeafStep {

    /** A day: longer waits are a procedure-file mistake, not a test condition. */
    private static final double MAX_SECONDS = 86_400;

    private final Argument seconds;

    private DwellStep(String location, Argument seconds) {
        super(location, null);
        this.seconds = seconds;
    }

    @Override
    public String describe() {
        return "dwell " + seconds + " s";
    }

    @Override
    String describe(StepContext context) {
        return "dwell " + seconds.number(context) + " s";
    }

    @Override
    void run(StepContext context) throws InterruptedException {
        long millis = Math.round(seconds.number(context) * 1000);
        if (millis > 0) {
            Thread.sleep(millis);
        }
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
            return new DwellStep(at.location(), Argument.parseInRange(arguments.required("seconds"),
                    Argument.Kind.NUMBER, parser, 0, MAX_SECONDS));
        }
    }
}
