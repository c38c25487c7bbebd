package org.testbench.procedures.step.builtin;

/**
 * The set points of a ramp from {@code from} to {@code to}, both included: either {@code points}
 * evenly spaced values, or steps of a given size towards {@code to} (its sign is taken from the
 * direction), ending exactly on {@code to} even when the last step is shorter.
 */
final class RampPoints {

    /** More set points than this in one ramp is a typo (a step a thousand times too small). */
    static final int MAX_POINTS = 100_000;
    /** Relative slack so that 0 to 1 in steps of 0.1 ends at 1 after ten steps, not eleven. */
    private static final double SLACK = 1e-9;

    private RampPoints() {
    }

    /**
     * @param from   the first value
     * @param to     the last value
     * @param points how many values, at least 2
     * @return the values
     */
    static double[] evenly(double from, double to, long points) {
        double[] values = new double[(int) points];
        for (int i = 0; i < values.length; i++) {
            values[i] = i == values.length - 1 ? to : from + (to - from) * i / (values.length - 1);
        }
        return values;
    }

    /**
     * @param from the first value
     * @param to   the last value
     * @param step the step size; its sign is ignored
     * @return the values
     * @throws IllegalArgumentException when the step is 0 or gives more than {@link #MAX_POINTS} values
     */
    static double[] stepping(double from, double to, double step) {
        double size = Math.abs(step);
        if (!(size > 0)) {
            throw new IllegalArgumentException("a ramp's step must not be 0");
        }
        double span = Math.abs(to - from);
        long steps = (long) Math.floor(span / size + SLACK);
        boolean shortLast = Math.abs(span - steps * size) > SLACK * Math.max(span, size);
        long count = steps + 1 + (shortLast ? 1 : 0);
        if (count > MAX_POINTS) {
            throw new IllegalArgumentException("a ramp from " + from + " to " + to + " in steps of " + size + " has "
                    + count + " points, more than " + MAX_POINTS);
        }
        double direction = Math.signum(to - from);
        double[] values = new double[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = i == values.length - 1 ? to : from + direction * size * i;
        }
        return values;
    }
}
