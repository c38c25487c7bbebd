package org.testbench.procedures.step.builtin;

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

/** {@code set-speed: {percent: 100 | $velocity}}: sets the robot's speed override. */
public final class SetSpeedStep extends LeafStep {

    private final Argument percent;

    private SetSpeedStep(String location, Argument percent) {
        super(location, DeviceType.ROBOT);
        this.percent = percent;
    }

    @Override
    public String describe() {
        return "set speed override to " + percent + " %";
    }

    @Override
    String describe(StepContext context) {
        return "set speed override to " + percent.number(context) + " %";
    }

    @Override
    void run(StepContext context) throws DeviceException {
        context.robot().setSpeedOverride(percent.number(context));
    }

    /** Parses {@code set-speed}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "set-speed";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            return new SetSpeedStep(at.location(), Argument.parseInRange(arguments.required("percent"),
                    Argument.Kind.NUMBER, parser, 1, 100));
        }
    }
}
