package org.testbench.reports.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.testbench.standards.Result;
import org.testbench.standards.Verdict;
import org.testbench.standards.figure.Figure;

/**
 * Everything one run report shows. The renderers add nothing but layout, so two reports of the
 * same data are textually identical.
 *
 * @param runId           the run's id
 * @param title           the report's title, e.g. "ISO 9283 pose accuracy and repeatability"
 * @param started         when the run started
 * @param ended           when the run ended (completed, failed or was interrupted)
 * @param state           how it ended, e.g. "COMPLETED" or "INTERRUPTED"
 * @param softwareVersion the testbench version that ran it
 * @param operator        who ran it; may be empty
 * @param dut             the device under test
 * @param rig             the rig and its instruments
 * @param procedure       the procedure followed
 * @param conditions      the test conditions, in report order
 * @param results         the judged results, in report order; grouped by subject in that order
 * @param figures         the figures the analyses supplied to support the results, in report order;
 *                        may be empty
 * @param notComputed     characteristics that could not be computed, each with the reason; may be empty
 * @param overall         the run's overall verdict
 * @param decisionRule    the decision rule the verdicts were made under, as the report states it
 *                        (e.g. "guard-band, w = 1 x U (k = 2)"); empty when the run recorded none
 */
public record ReportData(String runId, String title, Instant started, Instant ended, String state,
                         String softwareVersion, String operator, DutSummary dut, RigSummary rig,
                         ProcedureSummary procedure, List<Condition> conditions, List<Result> results,
                         List<Figure> figures, List<String> notComputed, Verdict overall, String decisionRule) {

    /** Checks every field is present and copies the lists. */
    public ReportData {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(ended, "ended");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(dut, "dut");
        Objects.requireNonNull(rig, "rig");
        Objects.requireNonNull(procedure, "procedure");
        conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions"));
        results = List.copyOf(Objects.requireNonNull(results, "results"));
        figures = List.copyOf(Objects.requireNonNull(figures, "figures"));
        notComputed = List.copyOf(Objects.requireNonNull(notComputed, "notComputed"));
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(decisionRule, "decisionRule");
    }
}
