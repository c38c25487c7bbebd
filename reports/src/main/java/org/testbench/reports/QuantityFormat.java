package org.testbench.reports;

import java.util.Locale;
import java.util.Map;
import org.testbench.standards.Limit;

/**
 * Prints values with a fixed number of decimals per unit, so that a regenerated report is
 * textually identical and a column of one unit lines up. The decimals match the resolution that
 * is meaningful for the unit (0.1 µm for lengths in mm, 0.0001° for angles).
 */
final class QuantityFormat {

    private static final int DEFAULT_DECIMALS = 4;
    private static final Map<String, Integer> DECIMALS_BY_UNIT = Map.ofEntries(
            Map.entry("mm", 4),
            Map.entry("deg", 4),
            Map.entry("°", 4),
            Map.entry("µm", 1),
            Map.entry("um", 1),
            Map.entry("arcmin", 3),
            Map.entry("arcsec", 1),
            Map.entry("%", 2),
            Map.entry("s", 3),
            Map.entry("ms", 1),
            Map.entry("mm/s", 2),
            Map.entry("mm/N", 6),
            Map.entry("N", 2),
            Map.entry("Nm", 3),
            Map.entry("Nm/arcmin", 2),
            Map.entry("degC", 1),
            Map.entry("h", 0),
            Map.entry("rpm", 1),
            Map.entry("W", 1),
            Map.entry("°C", 1));

    private QuantityFormat() {
    }

    /**
     * @param unit a unit as results carry it
     * @return the number of decimals values in that unit are printed with
     */
    static int decimals(String unit) {
        return DECIMALS_BY_UNIT.getOrDefault(unit, DEFAULT_DECIMALS);
    }

    /**
     * Prints a value without its unit. A value that rounds to zero prints without a minus sign,
     * so "-0.0000" never appears; a value that is not finite prints as "n/a".
     *
     * @param value the value
     * @param unit  its unit, which sets the decimals
     * @return the printed value, e.g. "0.0362"
     */
    static String value(double value, String unit) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        String text = String.format(Locale.ROOT, "%." + decimals(unit) + "f", value);
        return isNegativeZero(text) ? text.substring(1) : text;
    }

    /**
     * @param limit a limit
     * @return the limit as a reader compares a value with it, e.g. "≤ 0.0500 mm", "≥ 80.00 %" or
     *         "≥ 0.500, ≤ 1.000 arcmin"
     */
    static String limit(Limit limit) {
        String unit = limit.unit();
        if (limit.minimum() == null) {
            return "≤ " + value(limit.maximum(), unit) + " " + unit;
        }
        if (limit.maximum() == null) {
            return "≥ " + value(limit.minimum(), unit) + " " + unit;
        }
        return "≥ " + value(limit.minimum(), unit) + ", ≤ " + value(limit.maximum(), unit) + " " + unit;
    }

    private static boolean isNegativeZero(String text) {
        return text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9');
    }
}
