package org.testbench.procedures.step.builtin;

import org.testbench.procedures.expression.Expression;
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
import org.testbench.standards.iso9283.LoadDirection;

/**
 * {@code apply-load: {direction: -z, force: $load * $step / $steps}}: loads the robot's mechanical
 * interface with a force along a base axis (ISO 9283 clause 10, static compliance); a force of 0
 * removes the load. Later measurements are tagged with the load ({@code load-direction=-z},
 * {@code load-n=40}) until it is removed. The robot's rig file must map its load signals.
 */
public final class ApplyLoadStep extends LeafStep {

    private final LoadDirection direction;
    private final Expression force;

    private ApplyLoadStep(String location, LoadDirection direction, Expression force) {
        super(location, DeviceType.ROBOT);
        this.direction = direction;
        this.force = force;
    }

    @Override
    public String describe() {
        return "apply a load along " + BaseAxisArgument.tag(direction);
    }

    @Override
    String describe(StepContext context) {
        return "apply " + NumberArguments.plain(force.evaluate(context)) + " N along " + BaseAxisArgument.tag(direction);
    }

    @Override
    void run(StepContext context) throws DeviceException {
        double newtons = force.evaluate(context);
        if (!(newtons >= 0) || !Double.isFinite(newtons)) {
            throw new DeviceException(location() + ": a load is a force of 0 N or more along its direction, was "
                    + newtons + " N", null);
        }
        context.robot().applyLoad(direction.unit().times(newtons));
        context.load(newtons == 0 ? null : BaseAxisArgument.tag(direction), newtons);
    }

    /** Parses {@code apply-load}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "apply-load";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            LoadDirection direction = BaseAxisArgument.parse(arguments.required("direction"), "the base axis the load pushes along");
            Expression force = NumberArguments.of(arguments.required("force"), Unit.Quantity.FORCE, parser);
            return new ApplyLoadStep(at.location(), direction, force);
        }
    }
}
