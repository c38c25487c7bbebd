package org.testbench.rigs;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with its unit, as people write one in DUT files and procedures: {@code 50 Nm},
 * {@code 3 %}, {@code 100 h}; a bare number ({@code 100}) is dimensionless, unit {@link Unit#ONE}.
 *
 * @param value the number, in {@code unit}
 * @param unit  its unit
 */
public record Amount(double value, Unit unit) {

    private static final Pattern FORM = Pattern.compile(
            "([-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([^\\s\\d.+-][^\\s]*)?");

    /** Checks the number is finite and the unit present. */
    public Amount {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a value must be a finite number, found " + value);
        }
    }

    /**
     * @param text e.g. "50 Nm", "0.5rpm", "100"
     * @return the amount
     * @throws IllegalArgumentException saying what is wrong: not a number, or an unknown unit (listing the known ones)
     */
    public static Amount parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a number with an optional unit, e.g. '50 Nm' or '100', found '"
                    + text + "'");
        }
        double value = Double.parseDouble(m.group(1));
        return new Amount(value, m.group(2) == null ? Unit.ONE : Unit.of(m.group(2)));
    }

    /** @return the value in the base unit of its quantity (a time in s, an angle in deg, ...) */
    public double base() {
        return unit.toBase(value);
    }

    /** @return the quantity it measures; {@link Unit.Quantity#COUNT} for a bare number */
    public Unit.Quantity quantity() {
        return unit.quantity();
    }

    @Override
    public String toString() {
        String number = value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
        return unit == Unit.ONE ? number : number + " " + unit.symbol();
    }
}
