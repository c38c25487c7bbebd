package org.testbench.procedures.execution;

/** Where a run stands, and how it ended; each end maps to one exit code of the command line. */
public enum RunState {
    /** Still running; only ever seen in the archive of a run that has not finished (or was killed). */
    RUNNING,
    /** Every step ran and the analysis completed. */
    COMPLETED,
    /** A device failed; teardown ran. */
    RIG_FAULT,
    /** The run archive could not be written; teardown ran. */
    STORE_FAULT,
    /** An unexpected error in testbench itself; teardown ran. */
    INTERNAL_ERROR,
    /** Every step ran, but the samples do not allow the procedure's analysis (e.g. one cycle for RP). */
    ANALYSIS_FAILED,
    /** The operator interrupted the run (Ctrl-C, SIGTERM); teardown ran. */
    INTERRUPTED,
    /** A signal left its safety limits; the run was interrupted and teardown ran. */
    SAFETY_TRIP
}
