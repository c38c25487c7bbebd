package org.testbench.procedures.step.builtin;

import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.device.DeviceException;

/** The common part of steps that do one thing on the rig: location, progress, one leaf. */
abstract class LeafStep implements Step {

    private final String location;
    private final DeviceType device;

    LeafStep(String location, DeviceType device) {
        this.location = location;
        this.device = device;
    }

    @Override
    public final String location() {
        return location;
    }

    @Override
    public final DeviceType requiredDevice() {
        return device;
    }

    @Override
    public final long plannedLeaves(StepContext context) {
        return 1;
    }

    @Override
    public final void execute(StepContext context) throws DeviceException, InterruptedException {
        context.leafStarting(this, describe(context));
        run(context);
    }

    /**
     * @param context the run
     * @return the description with references resolved
     */
    abstract String describe(StepContext context);

    /**
     * @param context the run
     * @throws DeviceException      when the rig fails
     * @throws InterruptedException when interrupted
     */
    abstract void run(StepContext context) throws DeviceException, InterruptedException;
}
