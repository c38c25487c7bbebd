package org.testbench.run.report;

import java.util.List;
import java.util.Objects;
import org.testbench.run.archive.ResultsDocument;
import org.testbench.standards.figure.Figure;

/**
 * What a run's analysis gives its report: the results, and the figures drawn from the same samples
 * in the same pass, so the samples can be let go before the report is printed.
 *
 * @param results the results, as results.json holds them
 * @param figures the analyses' figures, in the order of the procedure's analysis list; empty for a
 *                run that did not complete (nothing was analysed)
 */
public record RunAnalysis(ResultsDocument results, List<Figure> figures) {

    /** Checks the results are present and copies the figures. */
    public RunAnalysis {
        Objects.requireNonNull(results, "results");
        figures = List.copyOf(figures);
    }

    /**
     * @param results the results of a run that was not analysed (it did not complete), as recorded
     * @return them, without figures
     */
    public static RunAnalysis withoutFigures(ResultsDocument results) {
        return new RunAnalysis(results, List.of());
    }
}
