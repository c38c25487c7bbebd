package org.testbench.rigs.sim.reducer;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The range checks of the simulator's parameters; each failure names the params-file field, so
 * the file reader can point at the line that holds it.
 */
final class ParamCheck {

    private ParamCheck() {
    }

    static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, got " + value);
        }
    }

    static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be > 0 and finite, got " + value);
        }
    }

    static void nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be >= 0 and finite, got " + value);
        }
    }

    /**
     * @param value a derived value for a message
     * @return it to six significant digits, so that 0.7 x 12 reads 8.4 and not 8.399999999999999
     */
    static String text(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** An efficiency or a factor: within (0, 1]. */
    static void fraction(String field, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " must lie in (0, 1], got " + value);
        }
    }
}
