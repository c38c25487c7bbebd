package org.testbench.reports.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * @param certification   what the report's cover states: number, lab, client, deviations, sign-offs
 */
public record ReportData(String runId, String title, Instant started, Instant ended, String state,
                         String softwareVersion, String operator, DutSummary dut, RigSummary rig,
                         ProcedureSummary procedure, List<Condition> conditions, List<Result> results,
                         List<Figure> figures, List<String> notComputed, Verdict overall, String decisionRule,
                         Certification certification) {

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
        Objects.requireNonNull(certification, "certification");
    }

    /**
     * What keeps this report from being final (ISO/IEC 17025 6.4.13, 7.8): an instrument whose
     * calibration was past its due date on the day the test started, and results judged against
     * example limits. Each reason is one of {@link DraftReason}'s.
     *
     * @return the reasons, instruments first in rig order; empty when the report may be approved
     */
    public List<DraftReason> draftReasons() {
        List<DraftReason> reasons = new ArrayList<>();
        LocalDate testDate = started.atOffset(ZoneOffset.UTC).toLocalDate();
        for (InstrumentSummary i : rig.instruments()) {
            if (i.calibrationDue() != null && i.calibrationDue().isBefore(testDate)) {
                reasons.add(new DraftReason.CalibrationDue(i, testDate));
            }
        }
        long examples = results.stream().filter(r -> r.limit() != null && r.limit().example()).count();
        if (examples > 0) {
            reasons.add(new DraftReason.ExampleLimits(examples));
        }
        return List.copyOf(reasons);
    }
}
