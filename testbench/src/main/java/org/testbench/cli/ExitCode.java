package org.testbench.cli;

import org.testbench.run.RunSummary;
import org.testbench.standards.Verdict;

/** The exit codes of every testbench command, as scripts and CI jobs rely on them. */
public final class ExitCode {

    /** Everything ran and every judged result passed. */
    public static final int PASS = 0;
    /** Everything ran and at least one verdict failed (or was inconclusive). */
    public static final int VERDICT_FAILED = 1;
    /** A flag, rig file, procedure file, DUT file or archive was invalid; nothing was commanded. */
    public static final int BAD_INPUT = 2;
    /** A device or the store failed. */
    public static final int RIG_OR_STORE_FAULT = 3;
    /** A signal left its safety limits during a run; teardown drove the rig to its safe state. */
    public static final int SAFETY_TRIP = 4;
    /**
     * A run folder does not match its manifest or its signature: a file changed, is missing or was
     * added, or the signature does not hold or comes from a signer that is not trusted
     * ({@code verify}; {@code report} then regenerates nothing).
     */
    public static final int INTEGRITY_FAILED = 5;
    /** The operator interrupted the run. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }

    /**
     * @param summary a finished run
     * @return its exit code
     */
    public static int of(RunSummary summary) {
        switch (summary.state()) {
            case INTERRUPTED:
                return INTERRUPTED;
            case SAFETY_TRIP:
                return SAFETY_TRIP;
            case ANALYSIS_FAILED:
                return BAD_INPUT;
            case COMPLETED:
                if (!summary.storeFailures().isEmpty()) {
                    return RIG_OR_STORE_FAULT;
                }
                return summary.verdict() == Verdict.FAIL || summary.verdict() == Verdict.INCONCLUSIVE
                        ? VERDICT_FAILED : PASS;
            default:
                return RIG_OR_STORE_FAULT;
        }
    }
}
