package org.testbench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testbench.procedures.execution.Checkpoint;
import org.testbench.procedures.execution.RunEnd;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.execution.RunStart;
import org.testbench.procedures.execution.StepStart;
import org.testbench.rigs.Sample;
import org.testbench.standards.Result;

/**
 * The run's fan-out. The run's stop switch hears of every step first, so that no listener's
 * failure keeps it from knowing that teardown has begun. The archive comes next and its failures
 * propagate: without it the run cannot go on. Any other listener (console, a custom one) that
 * fails is switched off and its failure remembered, so the test goes on, the archive stays
 * complete, and the exit code still tells. (The InfluxDB listener never fails: what the server
 * does not take waits in its spool.)
 */
final class RunListeners implements RunListener {

    private static final Logger LOG = LoggerFactory.getLogger(RunListeners.class);

    private final RunStop stop;
    private final RunListener archive;
    private final List<RunListener> others;
    private final List<String> failures = new ArrayList<>();

    RunListeners(RunStop stop, RunListener archive, List<RunListener> others) {
        this.stop = stop;
        this.archive = archive;
        this.others = new ArrayList<>(others);
    }

    /** @return one line per listener that failed and was switched off */
    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void onRunStart(RunStart start) {
        tell(l -> l.onRunStart(start));
    }

    @Override
    public void onStepStart(StepStart step) {
        stop.stepStarting(step);
        tell(l -> l.onStepStart(step));
    }

    @Override
    public void onCheckpoint(Checkpoint checkpoint) {
        tell(l -> l.onCheckpoint(checkpoint));
    }

    @Override
    public void onSample(Sample sample) {
        tell(l -> l.onSample(sample));
    }

    @Override
    public void onResult(Result result) {
        tell(l -> l.onResult(result));
    }

    @Override
    public void onRunEnd(RunEnd end) {
        tell(l -> l.onRunEnd(end));
    }

    private void tell(Consumer<RunListener> event) {
        event.accept(archive);
        for (RunListener l : List.copyOf(others)) {
            try {
                event.accept(l);
            } catch (RuntimeException e) {
                others.remove(l);
                failures.add(e.getMessage() + " (switched off; the run archive holds every sample)");
                LOG.error("listener failed and was switched off: {}", e.getMessage(), e);
            }
        }
    }
}
