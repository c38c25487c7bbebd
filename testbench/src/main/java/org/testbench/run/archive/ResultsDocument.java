package org.testbench.run.archive;

import java.util.List;
import org.testbench.standards.DecisionRule;
import org.testbench.standards.Result;
import org.testbench.standards.Verdict;

/**
 * The results file of a run, {@code results.json}: every computed characteristic with its clause,
 * unit, limit, uncertainty and verdict, and the decision rule the verdicts were made under. Built
 * the same way by a run and by {@code testbench report}, so the two files are byte-identical for
 * the same archive; the report takes the rule from the file it regenerates, never from today's
 * lab file, so a lab that changes its rule does not change the verdicts of old runs.
 *
 * @param runId     the run
 * @param procedure the procedure's name
 * @param standard  the standard
 * @param verdict   the overall verdict
 * @param results   the results, in the order the analysis produced them
 * @param decisionRule the decision rule the verdicts were made under; null in archives written
 *                     before runs recorded it (their verdicts are by simple acceptance)
 */
public record ResultsDocument(String runId, String procedure, String standard, Verdict verdict,
                              List<Result> results, DecisionRule decisionRule) {
}
