package org.testbench.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;
import org.testbench.standards.Verdict;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;

class ReportModelTest {

    @Test
    void listsAreCopiedSoLaterChangesToTheSourceDoNotLeakIn() {
        Figure loop = new Figure("loop", "Loop", new Figure.Axis("torque", "Nm"), new Figure.Axis("twist", "arcmin"),
                List.of(new Series("measured", Series.Style.POINTS, new double[] {1}, new double[] {2})), "");
        List<Figure> figures = new ArrayList<>(List.of(loop));
        RigSummary rig = new RigSummary("rig", "", "rig.yaml", "ab", List.of());
        ProcedureSummary procedure = new ProcedureSummary("p", "t", "s", List.of(), "f", "h", Map.of());
        ReportData data = new ReportData("run", "title", Instant.EPOCH, Instant.EPOCH, "COMPLETED", "1", "",
                new DutSummary("", "", "", ""), rig, procedure, List.of(), List.of(), figures, List.of(),
                Verdict.NOT_EVALUATED, "", new Certification("run", "", "", "", List.of(), List.of()));
        figures.add(loop);

        assertThat(data.figures()).containsExactly(loop);
        assertThatThrownBy(() -> data.figures().add(loop)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void procedureParametersKeepTheirOrderAndAreCopied() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("velocity", "100");
        parameters.put("cycles", "30");
        parameters.put("load", "100");
        ProcedureSummary procedure = new ProcedureSummary("iso9283-pose", "Pose", "ISO 9283", List.of("7.2.1"),
                "procedure.yaml", "ab", parameters);
        parameters.put("dwell", "2");

        assertThat(procedure.parameters().keySet()).containsExactly("velocity", "cycles", "load");
        assertThatThrownBy(() -> procedure.parameters().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void missingFieldsAreNamed() {
        assertThatThrownBy(() -> new DutSummary("ACME", null, "1", "")).isInstanceOf(NullPointerException.class)
                .hasMessage("model");
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("cycles", null);
        assertThatThrownBy(() -> new ProcedureSummary("p", "t", "s", List.of(), "f", "h", parameters))
                .isInstanceOf(NullPointerException.class).hasMessage("value of parameter cycles");
    }

    @Test
    void anInstrumentMayHaveNoCalibrationDate() {
        InstrumentSummary simulated = new InstrumentSummary("tracker", "sim", "0", "", null, "none");
        InstrumentSummary calibrated = new InstrumentSummary("tracker", "AT960", "1", "C-1",
                LocalDate.parse("2027-01-01"), "U = 0.015 mm");

        assertThat(simulated.calibrationDue()).isNull();
        assertThat(calibrated.calibrationDue()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    private static ReportData started(String day, List<InstrumentSummary> instruments, List<Result> results) {
        return new ReportData("run", "title", Instant.parse(day + "T08:00:00Z"), Instant.parse(day + "T09:00:00Z"),
                "COMPLETED", "1", "", new DutSummary("", "", "", ""),
                new RigSummary("rig", "", "rig.yaml", "ab", instruments),
                new ProcedureSummary("p", "t", "s", List.of(), "f", "h", Map.of()), List.of(), results, List.of(),
                List.of(), Verdict.PASS, "", new Certification("run", "", "", "", List.of(), List.of()));
    }

    @Test
    void anInstrumentPastItsDueDateOnTheTestDayOrAnExampleLimitKeepsTheReportADraft() {
        InstrumentSummary due = new InstrumentSummary("tracker", "AT960", "LT-1", "CAL-1", LocalDate.parse("2026-06-30"),
                "U = 0.015 mm (k = 2)");
        Result example = Result.judged("GB/T 30819", "5", "lost-motion",
                "loop", 0.8, "arcmin", Limit.atMost(1, "arcmin", "example table").asExample());

        // Due on 30 June: a test on that day is within it, one on 1 July is not.
        assertThat(started("2026-06-30", List.of(due), List.of()).draftReasons()).isEmpty();
        assertThat(started("2026-07-01", List.of(due), List.of(example)).draftReasons())
                .extracting(DraftReason::describe)
                .containsExactly("instrument tracker (AT960, LT-1): calibration due 2026-06-30, before the test date 2026-07-01",
                        "results judged against example limits: 1");
    }
}
