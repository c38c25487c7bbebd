package org.testbench.procedures.execution;

/** How a run ended; each maps to one exit code of the command line. */
public enum RunState {
    /** Every step ran and the analysis completed. */
    COMPLETED,
    /** A device or store failed; teardown ran. */
    RIG_FAULT,
    /** The operator interrupted the run (Ctrl-C, SIGTERM); teardown ran. */
    INTERRUPTED
}
