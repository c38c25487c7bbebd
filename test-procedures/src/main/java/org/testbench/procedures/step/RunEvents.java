package org.testbench.procedures.step;

import java.time.Instant;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.testbench.procedures.execution.Checkpoint;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.execution.StepStart;
import org.testbench.rigs.Sample;

/**
 * Tells a run's listeners what happens, and counts progress. A listener that fails (the archive
 * cannot write) ends setup and main, so teardown can run; in teardown its failure is only logged,
 * because driving the rig to its safe state comes first.
 */
final class RunEvents {

    private final RunListener listener;
    private String group = "setup";
    private long done;
    private long planned;

    RunEvents(RunListener listener) {
        this.listener = listener;
    }

    /** @return whether teardown is running, which an interruption must not cut short */
    boolean inTeardown() {
        return "teardown".equals(group);
    }

    void enterGroup(String groupName, long plannedLeaves) {
        this.group = groupName;
        this.planned = plannedLeaves;
    }

    void leafStarting(Step step, String description, Map<String, String> context) {
        StepStart start = new StepStart(group, description, step.location(), context, done, planned, Instant.now());
        done++;
        tell(() -> listener.onStepStart(start));
    }

    void sample(Sample sample) {
        tell(() -> listener.onSample(sample));
    }

    void checkpoint(String name, Step step, Map<String, String> context) {
        Checkpoint c = new Checkpoint(name, group, step.location(), context, Instant.now());
        tell(() -> listener.onCheckpoint(c));
    }

    private void tell(Runnable notification) {
        try {
            notification.run();
        } catch (RuntimeException e) {
            if (!inTeardown()) {
                throw e;
            }
            LoggerFactory.getLogger(StepContext.class).error("during teardown: {}", e.getMessage());
        }
    }
}
