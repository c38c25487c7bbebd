package org.testbench.procedures;

import java.util.List;
import java.util.Locale;

/**
 * A parameter a procedure declares: its type, unit, default and allowed range. Values come from
 * the default or from {@code -p name=value} on the command line and are checked here.
 *
 * @param name         the parameter's name, e.g. "cycles"
 * @param type         its type
 * @param unit         its unit for reports, e.g. "mm" ("" when dimensionless)
 * @param defaultValue its default, already of the type's Java form
 * @param min          the smallest allowed number (NUMBER, INTEGER, each VECTOR component), or null
 * @param max          the largest allowed number, or null
 * @param choices      the allowed words of a CHOICE, else empty
 * @param description  what it means, for {@code procedures show} and reports
 * @param standardValue the value the standard prescribes, or null; any other value is reported as a
 *                      deviation from the method (e.g. fewer than the 30 cycles ISO 9283 requires)
 */
public record ParameterSpec(String name, ParameterType type, String unit, Object defaultValue, Double min,
                            Double max, List<String> choices, String description, Object standardValue) {

    /** Freezes the choices. */
    public ParameterSpec {
        choices = List.copyOf(choices);
    }

    /**
     * Parses and checks a value written as text.
     *
     * @param text the value, e.g. "30", "1000,0,800", "C1-C2-C7-C8"
     * @return the value in the type's Java form
     * @throws IllegalArgumentException saying what is wrong and what is allowed
     */
    public Object parse(String text) {
        String t = text.trim();
        switch (type) {
            case NUMBER:
                return check(number(t));
            case INTEGER:
                try {
                    long v = Long.parseLong(t);
                    check((double) v);
                    return v;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected a whole number, found '" + text + "'");
                }
            case VECTOR:
                String[] parts = t.split(",");
                if (parts.length != 3) {
                    throw new IllegalArgumentException("expected three numbers x,y,z, found '" + text + "'");
                }
                double[] v = new double[3];
                for (int i = 0; i < 3; i++) {
                    v[i] = check(number(parts[i].trim()));
                }
                return v;
            default:
                if (!choices.contains(t)) {
                    throw new IllegalArgumentException("expected one of " + String.join(", ", choices) + ", found '" + text + "'");
                }
                return t;
        }
    }

    /**
     * @param value a value of this parameter
     * @return whether the standard prescribes another value, so the run deviates from the method
     */
    public boolean deviates(Object value) {
        return standardValue != null && !format(standardValue).equals(format(value));
    }

    /**
     * @param value a value of this parameter
     * @return the value as text that {@link #parse} reads back, for run.json and reports
     */
    public String format(Object value) {
        if (value instanceof double[] v) {
            return formatNumber(v[0]) + "," + formatNumber(v[1]) + "," + formatNumber(v[2]);
        }
        if (value instanceof Double d) {
            return formatNumber(d);
        }
        return String.valueOf(value);
    }

    private static String formatNumber(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) d);
        }
        return Double.toString(d);
    }

    private static double number(String text) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected a number, found '" + text + "'");
    }

    private double check(double v) {
        if (min != null && v < min || max != null && v > max) {
            throw new IllegalArgumentException("must lie in " + (min == null ? "(-inf" : "[" + formatNumber(min)) + ", "
                    + (max == null ? "inf)" : formatNumber(max) + "]") + ", found " + formatNumber(v));
        }
        return v;
    }
}
