package org.testbench.procedures.analysis;

import java.util.List;
import java.util.function.Function;
import org.testbench.standards.Result;
import org.testbench.standards.figure.Figure;

/**
 * One analysis of a procedure, configured by its arguments: turns a run's recorded samples into
 * results. Pure: the same input always gives the same results in the same order, so that a report
 * regenerated from the archive equals the run's own.
 */
public interface Analysis {

    /** @return where the analysis is listed, {@code file:line:column} */
    String location();

    /**
     * @param input the run's samples, parameters, commanded poses and DUT
     * @return its results, each tied to its standard and clause; rated values become limits
     * @throws IllegalArgumentException when the samples do not allow the analysis, saying why
     *                                  (the run then ends as ANALYSIS_FAILED)
     */
    List<Result> results(AnalysisInput input);

    /**
     * The plots that support the results in the report (a hysteresis loop with its fitted stiffness,
     * a transmission error spectrum...). Only called once {@link #results} has succeeded on the same
     * input, and pure like it, so a regenerated report draws the same figures.
     *
     * @param input the run's samples, parameters, commanded poses and DUT
     * @return the figures, in report order; none by default
     */
    default List<Figure> figures(AnalysisInput input) {
        return List.of();
    }

    /**
     * An analysis that supplies results only, no figures.
     *
     * @param location where the analysis is listed, {@code file:line:column}
     * @param results  computes the results from the run's input, as {@link #results} does
     * @return the analysis
     */
    static Analysis of(String location, Function<AnalysisInput, List<Result>> results) {
        return new Analysis() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public List<Result> results(AnalysisInput input) {
                return results.apply(input);
            }
        };
    }
}
