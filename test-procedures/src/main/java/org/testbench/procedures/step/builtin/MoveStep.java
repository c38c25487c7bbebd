package org.testbench.procedures.step.builtin;

import java.time.Duration;
import org.testbench.procedures.step.Argument;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.procedures.step.StepParser;
import org.testbench.procedures.step.StepType;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * {@code move: {pose: P1 | $pose, timeout-s: 60}}: moves the robot to a named pose and waits
 * until it has settled; later measurements are tagged with that pose.
 */
public final class MoveStep extends LeafStep {

    private final Argument pose;
    private final Duration timeout;

    private MoveStep(String location, Argument pose, Duration timeout) {
        super(location, DeviceType.ROBOT);
        this.pose = pose;
        this.timeout = timeout;
    }

    @Override
    public String describe() {
        return "move to " + pose;
    }

    @Override
    String describe(StepContext context) {
        return "move to " + pose.text(context);
    }

    @Override
    void run(StepContext context) throws DeviceException, InterruptedException {
        String name = pose.text(context);
        context.commandedPose(name);
        context.robot().moveTo(context.pose(name), timeout);
    }

    /** Parses {@code move}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "move";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            Argument pose = Argument.parse(arguments.required("pose"), Argument.Kind.POSE, parser);
            double seconds = 60;
            if (arguments.optional("timeout-s").isPresent()) {
                YamlNode t = arguments.required("timeout-s");
                seconds = t.asDouble();
                if (seconds <= 0) {
                    throw t.error("must be > 0");
                }
            }
            return new MoveStep(at.location(), pose, Duration.ofMillis((long) (seconds * 1000)));
        }
    }
}
