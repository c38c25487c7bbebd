package org.testbench.procedures.execution;

import java.time.Instant;
import java.util.Map;

/**
 * The start of a run.
 *
 * @param runId         the run's identifier, also its archive folder's name
 * @param procedure     the procedure's name
 * @param parameters    the bound parameter values, as text
 * @param time          when the run started
 * @param plannedLeaves how many leaf steps the run will execute, for progress
 */
public record RunStart(String runId, String procedure, Map<String, String> parameters, Instant time,
                       long plannedLeaves) {
}
