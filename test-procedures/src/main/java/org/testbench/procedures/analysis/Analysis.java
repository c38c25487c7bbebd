package org.testbench.procedures.analysis;

import java.util.List;
import org.testbench.standards.Result;

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
}
