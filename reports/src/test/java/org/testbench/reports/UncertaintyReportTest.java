package org.testbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.reports.model.ReportData;
import org.testbench.standards.DecisionRule;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;
import org.testbench.standards.Uncertainty;
import org.testbench.standards.UncertaintyComponent;
import org.testbench.standards.Verdict;

/** The results' expanded uncertainties, the decision rule and an inconclusive verdict, read back from the PDF. */
class UncertaintyReportTest {

    private static final DecisionRule RULE = DecisionRule.guardBand(1);
    private static final Limit RPL = Limit.atMost(0.05, "mm", "DUT rated value");

    @TempDir
    Path dir;

    private static Result rpl(String pose, double value, double expanded) {
        Uncertainty u = Uncertainty.of(List.of(new UncertaintyComponent("tracker", UncertaintyComponent.Type.B,
                "certificate", expanded / 2, "mm", 1)));
        return Result.judged("ISO 9283", "7.2.2", "RPl", pose, value, "mm", RPL).withUncertainty(u).judgedBy(RULE);
    }

    private static ReportData data() {
        ReportData sample = SampleReports.report();
        List<Result> results = List.of(
                rpl("P1", 0.0300, 0.0100),
                rpl("P2", 0.0450, 0.0100),
                Result.judged("ISO 9283", "7.2.2", "RPa", "P3", 0.0123, "deg", null));
        return new ReportData(sample.runId(), sample.title(), sample.started(), sample.ended(), sample.state(),
                sample.softwareVersion(), sample.operator(), sample.dut(), sample.rig(), sample.procedure(),
                sample.conditions(), results, List.of(), List.of(),
                Verdict.overall(results.stream().map(Result::verdict).toList()), RULE.toString(), sample.certification());
    }

    private String pdfText(ReportLanguage language) throws Exception {
        List<Path> files = ReportFiles.write(data(), language, dir.resolve(language.name()));
        try (PDDocument pdf = Loader.loadPDF(files.get(1).toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void everyResultShowsItsExpandedUncertaintyAndTheRuleItWasJudgedBy() throws Exception {
        String text = pdfText(ReportLanguage.EN);

        assertThat(text).contains("U (k = 2)", "± 0.0100",
                "Verdicts follow the lab's decision rule (ILAC-G8:09/2019): guard-band, w = 1 x U (k = 2).");
        // P1: 0.0300 + 0.0100 <= 0.05 passes; P2: 0.0450 ± 0.0100 straddles 0.05.
        assertThat(text).containsSubsequence("P1", "RPl", "0.0300", "± 0.0100", "≤ 0.0500 mm", "PASS");
        assertThat(text).containsSubsequence("P2", "RPl", "0.0450", "± 0.0100", "≤ 0.0500 mm", "INCONCLUSIVE");
        // RPa has no evaluated uncertainty: a dash, not a number.
        assertThat(text).containsSubsequence("P3", "RPa", "0.0123", "deg", "—", "NOT EVALUATED");
        assertThat(text).contains("Overall verdict INCONCLUSIVE");
    }

    @Test
    void theChineseLabelsStandBesideTheEnglishOnes() throws Exception {
        String text = pdfText(ReportLanguage.ZH_EN);

        assertThat(text).contains("扩展不确定度 U (k = 2)", "判定依据实验室的判定规则", "不确定")
                .doesNotContain("U (k = 2) U (k = 2)");
    }

    @Test
    void aReportWithoutUncertaintiesHasNoUncertaintyColumn() throws Exception {
        List<Path> files = ReportFiles.write(SampleReports.report(), ReportLanguage.EN, dir.resolve("plain"));
        try (PDDocument pdf = Loader.loadPDF(files.get(1).toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("U (k = 2)", "decision rule");
        }
    }
}
