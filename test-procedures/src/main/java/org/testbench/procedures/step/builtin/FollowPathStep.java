package org.testbench.procedures.step.builtin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.testbench.rigs.device.RobotPath;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.geometry.Pose;

/**
 * {@code follow-path: {through: [P4], speed: 400 mm/s}}: the robot follows a path of straight
 * segments from where it stands through the named poses, at a commanded path speed, and the step
 * returns once the controller reports the path done (ISO 9283 clause 8: the straight test path;
 * corners at every pose but the last). Later measurements are tagged with the last pose. Inside a
 * {@code track} block the tracker's stream records the path as it is run.
 */
public final class FollowPathStep extends LeafStep {

    private static final double TIMEOUT_S = 120;

    private final List<Argument> through;
    private final Expression speed;

    private FollowPathStep(String location, List<Argument> through, Expression speed) {
        super(location, DeviceType.ROBOT);
        this.through = List.copyOf(through);
        this.speed = speed;
    }

    @Override
    public String describe() {
        return "follow the path through " + through + " at " + speed;
    }

    @Override
    String describe(StepContext context) {
        List<String> names = new ArrayList<>();
        for (Argument a : through) {
            names.add(a.text(context));
        }
        return "follow the path through " + String.join(", ", names) + " at "
                + NumberArguments.plain(speed.evaluate(context)) + " mm/s";
    }

    @Override
    void run(StepContext context) throws DeviceException, InterruptedException {
        List<Pose> poses = new ArrayList<>();
        String last = null;
        for (Argument a : through) {
            last = a.text(context);
            poses.add(context.pose(last));
        }
        double mmPerS = speed.evaluate(context);
        if (!(mmPerS > 0) || Double.isInfinite(mmPerS)) {
            throw new DeviceException(location() + ": a path speed must be > 0 mm/s, was " + mmPerS, null);
        }
        context.commandedPose(last, null);
        context.robot().followPath(RobotPath.linear(mmPerS, poses.toArray(Pose[]::new)),
                Duration.ofMillis((long) (TIMEOUT_S * 1000)));
    }

    /** Parses {@code follow-path}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "follow-path";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            YamlNode list = arguments.required("through");
            List<Argument> through = new ArrayList<>();
            for (YamlNode pose : list.asList()) {
                through.add(Argument.parse(pose, Argument.Kind.POSE, parser));
            }
            if (through.isEmpty()) {
                throw list.error("a path goes through one pose at least");
            }
            Expression speed = NumberArguments.of(arguments.required("speed"), Unit.Quantity.VELOCITY, parser);
            return new FollowPathStep(at.location(), through, speed);
        }
    }
}
