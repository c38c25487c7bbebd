package org.testbench.standards;

import java.util.Objects;

/**
 * An acceptance limit on a characteristic: its magnitude must not exceed {@code maximum} and must
 * not fall below {@code minimum}; a limit has one bound or both.
 *
 * <p>Limits bound the magnitude because ISO 9283 characteristics are compared with the
 * manufacturer's rated value that way (APa = -0.02° passes "APa 0.03°"), and every reducer
 * characteristic with a lower bound (efficiency, stiffness, life) is positive anyway.
 *
 * <p>A limit whose value was not taken from a published source or the DUT's own rated values
 * is an {@code example}: shipped so the bench can be tried, never to be signed off. Reports and
 * limit files show the mark beside the value.
 *
 * @param minimum the smallest permitted magnitude, in {@code unit}, or null for none
 * @param maximum the largest permitted magnitude, in {@code unit}, or null for none
 * @param unit    the unit of the bounds, the same as the characteristic's
 * @param source  where the limit comes from, e.g. "DUT rated value (sim-6r.yaml)"
 * @param example true when the value is an example, not a published or rated one
 */
public record Limit(Double minimum, Double maximum, String unit, String source, boolean example) {

    /** Checks there is a bound, each bound is a finite magnitude, and they are in order. */
    public Limit {
        if (minimum == null && maximum == null) {
            throw new IllegalArgumentException("a limit needs a minimum, a maximum or both");
        }
        requireMagnitude("minimum", minimum);
        requireMagnitude("maximum", maximum);
        if (minimum != null && maximum != null && minimum > maximum) {
            throw new IllegalArgumentException("limit minimum " + minimum + " exceeds its maximum " + maximum);
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
    }

    /**
     * An upper bound from a published or rated source, the form every ISO 9283 limit takes.
     *
     * @param maximum the largest permitted magnitude, in {@code unit}; not negative
     * @param unit    the unit of {@code maximum}
     * @param source  where the limit comes from
     */
    public Limit(double maximum, String unit, String source) {
        this(null, maximum, unit, source, false);
    }

    /**
     * @param maximum the largest permitted magnitude
     * @param unit    its unit
     * @param source  where it comes from
     * @return the limit "≤ maximum"
     */
    public static Limit atMost(double maximum, String unit, String source) {
        return new Limit(null, maximum, unit, source, false);
    }

    /**
     * @param minimum the smallest permitted magnitude, e.g. an efficiency of 80 %
     * @param unit    its unit
     * @param source  where it comes from
     * @return the limit "≥ minimum"
     */
    public static Limit atLeast(double minimum, String unit, String source) {
        return new Limit(minimum, null, unit, source, false);
    }

    /**
     * @param minimum the smallest permitted magnitude
     * @param maximum the largest permitted magnitude, not below {@code minimum}
     * @param unit    their unit
     * @param source  where they come from
     * @return the limit "≥ minimum and ≤ maximum"
     */
    public static Limit between(double minimum, double maximum, String unit, String source) {
        return new Limit(minimum, maximum, unit, source, false);
    }

    /** @return this limit marked as an example value */
    public Limit asExample() {
        return new Limit(minimum, maximum, unit, source, true);
    }

    /**
     * Judges a value by simple acceptance: PASS when its magnitude lies within the bounds.
     *
     * @param value the measured characteristic, in this limit's unit
     * @return PASS or FAIL (FAIL for a value that is not a number)
     */
    public Verdict judge(double value) {
        double magnitude = Math.abs(value);
        boolean within = (minimum == null || magnitude >= minimum) && (maximum == null || magnitude <= maximum);
        return within ? Verdict.PASS : Verdict.FAIL;
    }

    private static void requireMagnitude(String name, Double bound) {
        if (bound != null && (!Double.isFinite(bound) || bound < 0)) {
            throw new IllegalArgumentException("limit " + name + " must be a finite magnitude >= 0, was " + bound);
        }
    }
}
