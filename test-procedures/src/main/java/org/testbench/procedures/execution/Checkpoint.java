package org.testbench.procedures.execution;

import java.time.Instant;
import java.util.Map;

/**
 * A checkpoint a run has reached: everything before it is done and recorded. A journal keeps
 * these so that an interrupted run can resume from the last one.
 *
 * @param name     the checkpoint's name, unique in its procedure
 * @param group    "setup", "main" or "teardown"
 * @param location where the checkpoint step is written, {@code file:line:column}
 * @param context  the loop variables in force, e.g. {block=3}
 * @param time     when it was reached
 */
public record Checkpoint(String name, String group, String location, Map<String, String> context, Instant time) {

    /** Freezes the context. */
    public Checkpoint {
        context = Map.copyOf(context);
    }
}
