package org.testbench.standards.reducer;

/**
 * The four branches of the hysteresis loop 0 -> +T_R -> 0 -> -T_R -> 0. A sample belongs to a
 * branch by the sweep it lies on and the sign of its torque (zero counts as positive).
 */
public enum Branch {
    /** 0 -> +T_R. */
    LOADING_POSITIVE(Sweep.RISING, true, "loading 0 -> +T_R"),
    /** +T_R -> 0. */
    UNLOADING_POSITIVE(Sweep.FALLING, true, "unloading +T_R -> 0"),
    /** 0 -> -T_R. */
    LOADING_NEGATIVE(Sweep.FALLING, false, "loading 0 -> -T_R"),
    /** -T_R -> 0. */
    UNLOADING_NEGATIVE(Sweep.RISING, false, "unloading -T_R -> 0");

    private final Sweep sweep;
    private final boolean positive;
    private final String description;

    Branch(Sweep sweep, boolean positive, String description) {
        this.sweep = sweep;
        this.positive = positive;
        this.description = description;
    }

    /** @return the sweep the branch lies on */
    public Sweep sweep() {
        return sweep;
    }

    /** @return true for the branches at torque >= 0 */
    public boolean positive() {
        return positive;
    }

    /** @return the branch as the test sequence names it, e.g. "unloading -T_R -> 0" */
    public String description() {
        return description;
    }
}
