package org.testbench.procedures.execution;

import java.time.Instant;
import org.testbench.standards.Verdict;

/**
 * The end of a run.
 *
 * @param runId        the run's identifier
 * @param state        how it ended
 * @param verdict      the overall verdict of its results (NOT_EVALUATED when it produced none)
 * @param time         when it ended
 * @param message      why it ended early, or "" when it completed
 * @param interruption what stopped it early (operator, safety trip), or null when nothing did
 */
public record RunEnd(String runId, RunState state, Verdict verdict, Instant time, String message,
                     Interruption interruption) {

    /**
     * The end of a run nothing interrupted.
     *
     * @param runId   the run's identifier
     * @param state   how it ended
     * @param verdict the overall verdict of its results
     * @param time    when it ended
     * @param message why it ended early, or ""
     */
    public RunEnd(String runId, RunState state, Verdict verdict, Instant time, String message) {
        this(runId, state, verdict, time, message, null);
    }
}
