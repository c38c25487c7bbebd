package org.testbench.standards;

import java.util.Objects;

/**
 * What a measuring instrument's calibration states about its uncertainty, the type B input of
 * every budget the instrument takes part in: the certificate's expanded uncertainty U at coverage
 * factor k, so that the standard uncertainty is u = U / k (GUM 4.3.3).
 *
 * @param instrument     the instrument, as budgets name it, e.g. "tracker (Leica AT960, LT-0001)"
 * @param expanded       the stated expanded uncertainty U, in {@code unit}; finite and > 0
 * @param coverageFactor the stated coverage factor k; > 0
 * @param unit           the unit of {@code expanded}
 * @param certificate    the calibration certificate the value comes from
 */
public record StatedUncertainty(String instrument, double expanded, double coverageFactor, String unit,
                                String certificate) {

    /** Checks the fields are present and the figures positive. */
    public StatedUncertainty {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(certificate, "certificate");
        if (!(expanded > 0) || !Double.isFinite(expanded)) {
            throw new IllegalArgumentException(instrument + ": a stated uncertainty must be finite and > 0, was " + expanded);
        }
        if (!(coverageFactor > 0) || !Double.isFinite(coverageFactor)) {
            throw new IllegalArgumentException(instrument + ": a coverage factor must be > 0, was " + coverageFactor);
        }
    }

    /** @return u = U / k, in {@code unit} */
    public double standard() {
        return expanded / coverageFactor;
    }

    /**
     * @param sensitivity how strongly the result depends on this instrument's reading
     * @return the budget line of this instrument
     */
    public UncertaintyComponent component(double sensitivity) {
        return new UncertaintyComponent(instrument, UncertaintyComponent.Type.B,
                "calibration certificate " + certificate + ": U = " + expanded + " " + unit + " (k = "
                        + coverageFactor + "), u = U/k", standard(), unit, sensitivity);
    }
}
