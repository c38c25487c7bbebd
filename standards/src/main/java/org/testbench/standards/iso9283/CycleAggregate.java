package org.testbench.standards.iso9283;

/**
 * How per-cycle values of a characteristic measured over a few cycles (e.g. the 3 cycles of pose
 * overshoot or corner deviations) are combined into the one reported value.
 *
 * <p>STANDARDS.md leaves open whether ISO 9283 reports the mean or the largest of the cycles for
 * these (check), so the choice is a parameter a lab sets from its copy of the standard.
 */
public enum CycleAggregate {
    /** The largest cycle value: the conservative reading, and the project's default. */
    MAX,
    /** The arithmetic mean of the cycle values. */
    MEAN;

    /**
     * @param values the per-cycle values, at least one
     * @return their maximum or mean
     * @throws IllegalArgumentException when there are no values
     */
    public double of(double... values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("a " + name() + " over cycles needs at least 1 cycle, got 0");
        }
        if (this == MEAN) {
            return SampleStatistics.mean(values);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
