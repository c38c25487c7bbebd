package org.testbench.procedures.execution;

import org.testbench.rigs.Sample;
import org.testbench.standards.Result;

/**
 * Receives a run as it happens, named for the run lifecycle as OpenTAP's result listeners are:
 * the run archive, InfluxDB and the console's progress are listeners. The safety supervisor is not:
 * it samples the rig on threads of its own, and a trip reaches the listeners in {@link #onRunEnd}.
 * Every method has an empty default so a listener implements only what it needs. Calls come from
 * the run's thread, in order; a listener that throws ends the run as a store fault.
 */
public interface RunListener {

    /** @param start what is about to run */
    default void onRunStart(RunStart start) {
    }

    /** @param step the leaf step about to execute, with progress counts */
    default void onStepStart(StepStart step) {
    }

    /** @param checkpoint a checkpoint the run has just reached, after the samples before it */
    default void onCheckpoint(Checkpoint checkpoint) {
    }

    /** @param sample one recorded value */
    default void onSample(Sample sample) {
    }

    /** @param result one computed characteristic */
    default void onResult(Result result) {
    }

    /** @param end how the run ended */
    default void onRunEnd(RunEnd end) {
    }
}
