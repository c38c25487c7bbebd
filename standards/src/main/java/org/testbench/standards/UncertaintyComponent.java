package org.testbench.standards;

import java.util.Objects;

/**
 * One line of an uncertainty budget: an input quantity's standard uncertainty and how strongly
 * the result depends on it.
 *
 * @param name        what the input is, e.g. "tracker, per coordinate"
 * @param type        how it was evaluated: {@link Type#A} from the scatter of the data, {@link Type#B}
 *                    from a stated value such as a calibration certificate's
 * @param source      where its value comes from, e.g. "calibration certificate CAL-2026-0142, U/2" or
 *                    "s/sqrt(n), n = 30"
 * @param value       the input's standard uncertainty u<sub>i</sub>, in {@code unit}; finite and >= 0
 * @param unit        the unit of {@code value}
 * @param sensitivity the sensitivity coefficient c<sub>i</sub>, the change of the result per unit
 *                    change of the input (the result's unit per {@code unit})
 */
public record UncertaintyComponent(String name, Type type, String source, double value, String unit,
                                   double sensitivity) {

    /** How a standard uncertainty was evaluated (GUM 4.2 and 4.3). */
    public enum Type {
        /** By statistical analysis of the measured series. */
        A,
        /** By other means: a calibration certificate, a specification, a resolution. */
        B
    }

    /** Checks the fields are present and the figures finite. */
    public UncertaintyComponent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unit, "unit");
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + ": a standard uncertainty must be finite and >= 0, was " + value);
        }
        if (!Double.isFinite(sensitivity)) {
            throw new IllegalArgumentException(name + ": the sensitivity coefficient must be finite, was " + sensitivity);
        }
    }

    /** @return |c<sub>i</sub>| u<sub>i</sub>, this input's contribution in the result's unit */
    public double contribution() {
        return Math.abs(sensitivity) * value;
    }
}
