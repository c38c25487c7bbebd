package org.testbench.procedures.step.builtin;

import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.procedures.step.StepParser;
import org.testbench.procedures.step.StepType;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/** {@code stop-robot}: stops the robot, its safe state; the usual teardown step. */
public final class StopRobotStep extends LeafStep {

    private StopRobotStep(String location) {
        super(location, DeviceType.ROBOT);
    }

    @Override
    public String describe() {
        return "stop the robot";
    }

    @Override
    String describe(StepContext context) {
        return describe();
    }

    @Override
    void run(StepContext context) throws DeviceException {
        context.robot().stop();
    }

    /** Parses {@code stop-robot}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "stop-robot";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            return new StopRobotStep(at.location());
        }
    }
}
