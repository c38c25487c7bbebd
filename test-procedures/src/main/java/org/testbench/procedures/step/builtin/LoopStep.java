package org.testbench.procedures.step.builtin;

import java.util.List;
import org.testbench.procedures.step.Step;
import org.testbench.procedures.step.StepContext;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.device.DeviceException;

/** The common part of {@code repeat} and {@code for-each}: run nested steps once per value of a loop variable. */
abstract class LoopStep implements Step {

    private final String location;
    private final String variable;
    private final List<Step> steps;

    LoopStep(String location, String variable, List<Step> steps) {
        this.location = location;
        this.variable = variable;
        this.steps = List.copyOf(steps);
    }

    /**
     * @param context the run
     * @return how many times the nested steps run
     */
    abstract long count(StepContext context);

    /**
     * @param context the run
     * @param index   0 for the first iteration
     * @return the loop variable's value in that iteration
     */
    abstract Object value(StepContext context, long index);

    @Override
    public final String location() {
        return location;
    }

    @Override
    public final DeviceType requiredDevice() {
        return null;
    }

    @Override
    public final List<Step> children() {
        return steps;
    }

    @Override
    public final long plannedLeaves(StepContext context) {
        long perIteration = 0;
        for (Step s : steps) {
            perIteration += s.plannedLeaves(context);
        }
        return perIteration * count(context);
    }

    @Override
    public final void execute(StepContext context) throws DeviceException, InterruptedException {
        long n = count(context);
        for (long i = 0; i < n; i++) {
            context.<DeviceException>withVariable(variable, value(context, i), () -> {
                for (Step s : steps) {
                    s.execute(context);
                }
            });
        }
    }

    /** @return the loop variable's name */
    final String variable() {
        return variable;
    }
}
