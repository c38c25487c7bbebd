package org.testbench.standards;

import java.util.Objects;

/**
 * An acceptance limit on a characteristic: the value must not exceed {@code maximum} in magnitude.
 *
 * <p>ISO 9283 characteristics (AP, RP, ...) are compared with the manufacturer's rated value as a
 * magnitude: RPl = 0.036 mm passes "RP ±0.05 mm", and APa = -0.02° passes "APa 0.03°".
 *
 * @param maximum the largest permitted magnitude, in {@code unit}; not negative
 * @param unit    the unit of {@code maximum}, the same as the characteristic's
 * @param source  where the limit comes from, e.g. "DUT rated value (sim-6r.yaml)"
 */
public record Limit(double maximum, String unit, String source) {

    /** Checks the limit is a finite, non-negative magnitude with a unit and a source. */
    public Limit {
        if (!Double.isFinite(maximum) || maximum < 0) {
            throw new IllegalArgumentException("limit must be a finite magnitude >= 0, was " + maximum);
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Judges a value by simple acceptance: PASS when |value| &lt;= maximum.
     *
     * @param value the measured characteristic, in this limit's unit
     * @return PASS or FAIL
     */
    public Verdict judge(double value) {
        return Math.abs(value) <= maximum ? Verdict.PASS : Verdict.FAIL;
    }
}
