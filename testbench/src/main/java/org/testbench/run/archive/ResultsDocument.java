package org.testbench.run.archive;

import java.util.List;
import org.testbench.standards.Result;
import org.testbench.standards.Verdict;

/**
 * The results file of a run, {@code results.json}: every computed characteristic with its clause,
 * unit, limit and verdict. Built the same way by a run and by {@code testbench report}, so the two
 * files are byte-identical for the same archive.
 *
 * @param runId     the run
 * @param procedure the procedure's name
 * @param standard  the standard
 * @param verdict   the overall verdict
 * @param results   the results, in the order the analysis produced them
 */
public record ResultsDocument(String runId, String procedure, String standard, Verdict verdict,
                              List<Result> results) {
}
