package org.testbench.procedures.step.builtin;

import java.time.Duration;
import org.testbench.procedures.expression.Expression;
import org.testbench.procedures.step.Argument;
import org.testbench.procedures.step.NumberArguments;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.procedures.step.StepParser;
import org.testbench.procedures.step.StepType;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.Unit;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.iso9283.LoadDirection;

/**
 * {@code move: {pose: P1 | $pose, from: +x, distance: 100 mm, timeout-s: 60}}: moves the robot to a
 * named pose and waits until it has settled; later measurements are tagged with that pose. With
 * {@code from}, the robot first goes to a point {@code distance} away from the pose along that base
 * axis, so that it approaches the pose in the opposite direction (ISO 9283 7.3: multi-directional
 * pose accuracy); later measurements are then tagged {@code approach=+x}.
 */
public final class MoveStep extends LeafStep {

    private static final double DEFAULT_DISTANCE_MM = 100;

    private final Argument pose;
    private final LoadDirection from;
    private final Expression distance;
    private final Duration timeout;

    private MoveStep(String location, Argument pose, LoadDirection from, Expression distance, Duration timeout) {
        super(location, DeviceType.ROBOT);
        this.pose = pose;
        this.from = from;
        this.distance = distance;
        this.timeout = timeout;
    }

    @Override
    public String describe() {
        return "move to " + pose + (from == null ? "" : " from " + BaseAxisArgument.tag(from));
    }

    @Override
    String describe(StepContext context) {
        return "move to " + pose.text(context) + (from == null ? "" : " from " + BaseAxisArgument.tag(from));
    }

    @Override
    void run(StepContext context) throws DeviceException, InterruptedException {
        String name = pose.text(context);
        Pose target = context.pose(name);
        if (from != null) {
            double mm = distance == null ? DEFAULT_DISTANCE_MM : distance.evaluate(context);
            Pose before = new Pose(target.position().plus(from.unit().times(mm)), target.a(), target.b(), target.c());
            context.robot().moveTo(before, timeout);
        }
        context.commandedPose(name, from == null ? null : BaseAxisArgument.tag(from));
        context.robot().moveTo(target, timeout);
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
            LoadDirection from = null;
            Expression distance = null;
            if (arguments.optional("from").isPresent()) {
                from = BaseAxisArgument.parse(arguments.required("from"), "the base axis the pose is approached from");
            }
            if (arguments.optional("distance").isPresent()) {
                if (from == null) {
                    throw arguments.required("distance").error("a distance goes with 'from', the approach direction");
                }
                distance = NumberArguments.of(arguments.required("distance"), Unit.Quantity.LENGTH, parser);
            }
            double seconds = 60;
            if (arguments.optional("timeout-s").isPresent()) {
                YamlNode t = arguments.required("timeout-s");
                seconds = t.asDouble();
                if (seconds <= 0) {
                    throw t.error("must be > 0");
                }
            }
            return new MoveStep(at.location(), pose, from, distance, Duration.ofMillis((long) (seconds * 1000)));
        }
    }
}
