package org.testbench.rigs;

import java.util.Locale;

/**
 * The range a signal's value must stay in while a run executes, in the signal's unit
 * ({@code limits: {min: -60, max: 60}} in a rig file). Either end may be open.
 *
 * @param minimum the lowest allowed value, or null when there is no lower limit
 * @param maximum the highest allowed value, or null when there is no upper limit
 */
public record Limits(Double minimum, Double maximum) {

    /** Checks that at least one end is set, both are finite and the range is not empty. */
    public Limits {
        if (minimum == null && maximum == null) {
            throw new IllegalArgumentException("limits need min, max or both");
        }
        if (minimum != null && !Double.isFinite(minimum) || maximum != null && !Double.isFinite(maximum)) {
            throw new IllegalArgumentException("limits must be finite numbers");
        }
        if (minimum != null && maximum != null && minimum >= maximum) {
            throw new IllegalArgumentException("min " + number(minimum) + " must lie below max " + number(maximum));
        }
    }

    /**
     * @param value a value in the limits' unit
     * @return whether it lies within the limits (ends included); NaN never does
     */
    public boolean contains(double value) {
        return (minimum == null || value >= minimum) && (maximum == null || value <= maximum) && !Double.isNaN(value);
    }

    /**
     * @param unit the unit symbol
     * @return the range as a person reads it, e.g. "-60..60 deg", "at most 100 %", "at least 0 mm"
     */
    public String describe(String unit) {
        if (minimum == null) {
            return "at most " + number(maximum) + " " + unit;
        }
        if (maximum == null) {
            return "at least " + number(minimum) + " " + unit;
        }
        return number(minimum) + ".." + number(maximum) + " " + unit;
    }

    /**
     * @param value a number
     * @return it without a trailing ".0" and to at most six decimals, as limits are written in files
     */
    public static String number(double value) {
        String text = String.format(Locale.ROOT, "%.6f", value).replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
