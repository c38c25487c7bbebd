package org.testbench.procedures.step;

import java.util.List;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.device.DeviceException;

/**
 * One step of a procedure, parsed and checked before the rig moves. A step is either a leaf that
 * does one thing on the rig (move, measure) or a container that runs other steps (repeat).
 */
public interface Step {

    /** @return where the step is written, {@code file:line:column}, for messages at run time */
    String location();

    /** @return a short description for progress and logs, e.g. "move to $pose" */
    String describe();

    /**
     * Runs the step.
     *
     * @param context the run's devices, values and listeners
     * @throws DeviceException      when the rig fails
     * @throws InterruptedException when the run is interrupted
     */
    void execute(StepContext context) throws DeviceException, InterruptedException;

    /**
     * @param context the run's values (loop variables are not yet bound)
     * @return how many leaf steps running this step executes, for progress and remaining time
     */
    long plannedLeaves(StepContext context);

    /** @return the device type this step itself needs on the rig, or null when it needs none */
    DeviceType requiredDevice();

    /** @return the steps this step runs, for containers such as repeat; empty for a leaf */
    default List<Step> children() {
        return List.of();
    }
}
