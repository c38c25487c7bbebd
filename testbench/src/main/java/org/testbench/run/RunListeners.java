package org.testbench.run;

import java.util.List;
import org.testbench.procedures.execution.RunEnd;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.execution.RunStart;
import org.testbench.procedures.execution.StepStart;
import org.testbench.rigs.Sample;
import org.testbench.standards.Result;

/** Passes each event to several listeners in order: the run's fan-out. */
final class RunListeners implements RunListener {

    private final List<RunListener> listeners;

    RunListeners(List<RunListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void onRunStart(RunStart start) {
        listeners.forEach(l -> l.onRunStart(start));
    }

    @Override
    public void onStepStart(StepStart step) {
        listeners.forEach(l -> l.onStepStart(step));
    }

    @Override
    public void onSample(Sample sample) {
        for (RunListener l : listeners) {
            l.onSample(sample);
        }
    }

    @Override
    public void onResult(Result result) {
        listeners.forEach(l -> l.onResult(result));
    }

    @Override
    public void onRunEnd(RunEnd end) {
        listeners.forEach(l -> l.onRunEnd(end));
    }
}
