package org.testbench.procedures.step.builtin;

import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.procedures.step.StepParser;
import org.testbench.procedures.step.StepType;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.Sample;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.device.PoseTracker;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * {@code measure-pose}: measures the attained pose with the rig's pose tracker and records its
 * six samples, tagged with the pose last moved to and the loop variables in force.
 */
public final class MeasurePoseStep extends LeafStep {

    private MeasurePoseStep(String location) {
        super(location, DeviceType.POSE_TRACKER);
    }

    @Override
    public String describe() {
        return "measure the attained pose";
    }

    @Override
    String describe(StepContext context) {
        String pose = context.commandedPoseName();
        return "measure " + (pose == null ? "the attained pose" : pose);
    }

    @Override
    void run(StepContext context) throws DeviceException {
        PoseTracker.Measurement m = context.tracker().measure();
        for (Sample s : m.samples()) {
            context.record(s);
        }
    }

    /** Parses {@code measure-pose}. */
    public static final class Type implements StepType {
        /** Creates the type; found through ServiceLoader. */
        public Type() {
        }

        @Override
        public String name() {
            return "measure-pose";
        }

        @Override
        public Step parse(YamlNode at, YamlMap arguments, StepParser parser) throws InputException {
            return new MeasurePoseStep(at.location());
        }
    }
}
