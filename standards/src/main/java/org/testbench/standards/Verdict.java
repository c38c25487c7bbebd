package org.testbench.standards;

/**
 * The judgement of one characteristic against its limit.
 *
 * <p>{@link #NOT_EVALUATED} is given when no limit applies (the DUT states no rated value): a
 * report must then show the value without pretending to a verdict.
 */
public enum Verdict {
    /** The value lies within the limit. */
    PASS,
    /** The value lies outside the limit. */
    FAIL,
    /** The uncertainty interval straddles the limit under the chosen decision rule. */
    INCONCLUSIVE,
    /** No limit was given, so no verdict is made. */
    NOT_EVALUATED;

    /**
     * Combines verdicts into the verdict of a whole run: any FAIL fails it, then any INCONCLUSIVE;
     * a run with only unevaluated results is NOT_EVALUATED.
     *
     * @param verdicts the verdicts of the single results
     * @return the overall verdict
     */
    public static Verdict overall(Iterable<Verdict> verdicts) {
        boolean pass = false;
        boolean inconclusive = false;
        for (Verdict v : verdicts) {
            switch (v) {
                case FAIL: return FAIL;
                case INCONCLUSIVE: inconclusive = true; break;
                case PASS: pass = true; break;
                default: break;
            }
        }
        if (inconclusive) {
            return INCONCLUSIVE;
        }
        return pass ? PASS : NOT_EVALUATED;
    }
}
