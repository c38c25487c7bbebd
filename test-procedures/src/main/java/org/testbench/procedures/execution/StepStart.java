package org.testbench.procedures.execution;

import java.time.Instant;
import java.util.Map;

/**
 * A leaf step about to execute.
 *
 * @param group       "setup", "main" or "teardown"
 * @param description what the step does, with its references resolved, e.g. "move to P4"
 * @param location    where the step is written, {@code file:line:column}
 * @param context     the loop variables in force, e.g. {cycle=3, pose=P4}
 * @param done        leaf steps finished before this one
 * @param planned     leaf steps planned in all
 * @param time        when it started
 */
public record StepStart(String group, String description, String location, Map<String, String> context,
                        long done, long planned, Instant time) {
}
