package org.testbench.standards;

import java.util.List;
import java.util.Objects;

/**
 * The measurement uncertainty of one result, evaluated as the GUM (JCGM 100:2008) does: the
 * combined standard uncertainty u<sub>c</sub> is the root sum of squares of the budget's
 * contributions |c<sub>i</sub>| u<sub>i</sub> (inputs taken as uncorrelated, unless a component
 * says how it already accounts for a correlation), and the expanded uncertainty is U = k u<sub>c</sub>
 * with coverage factor k = 2 (about 95 % for a normal distribution), the factor CR-style reports and
 * ILAC-P14 ask for.
 *
 * <p>How each characteristic's budget is made is written beside its formula in this module (see
 * the classes that call {@link #of}); the budget travels with the result into results.json and the
 * report, so a certifier can check every contribution.
 *
 * @param standardUncertainty the combined standard uncertainty u<sub>c</sub>, in the result's unit
 * @param coverageFactor      k
 * @param expanded            U = k u<sub>c</sub>, in the result's unit
 * @param budget              the components, in the order they were evaluated
 */
public record Uncertainty(double standardUncertainty, double coverageFactor, double expanded,
                          List<UncertaintyComponent> budget) {

    /** The coverage factor of every expanded uncertainty testbench reports. */
    public static final double COVERAGE_FACTOR = 2;

    /** Checks the figures are finite and agree, and copies the budget. */
    public Uncertainty {
        budget = List.copyOf(Objects.requireNonNull(budget, "budget"));
        if (budget.isEmpty()) {
            throw new IllegalArgumentException("an uncertainty needs at least one budget component");
        }
        if (!(standardUncertainty >= 0) || !Double.isFinite(standardUncertainty)) {
            throw new IllegalArgumentException("a standard uncertainty must be finite and >= 0, was " + standardUncertainty);
        }
        if (Math.abs(expanded - coverageFactor * standardUncertainty) > 1e-12 * Math.max(1, expanded)) {
            throw new IllegalArgumentException("U = " + expanded + " is not k = " + coverageFactor + " times u = "
                    + standardUncertainty);
        }
    }

    /**
     * Combines a budget.
     *
     * @param budget the components, at least one
     * @return u<sub>c</sub> = sqrt(sum (c<sub>i</sub> u<sub>i</sub>)<sup>2</sup>) and U = 2 u<sub>c</sub>
     * @throws IllegalArgumentException when the budget is empty
     */
    public static Uncertainty of(List<UncertaintyComponent> budget) {
        double sumOfSquares = 0;
        for (UncertaintyComponent c : budget) {
            sumOfSquares += c.contribution() * c.contribution();
        }
        double u = Math.sqrt(sumOfSquares);
        return new Uncertainty(u, COVERAGE_FACTOR, COVERAGE_FACTOR * u, budget);
    }
}
