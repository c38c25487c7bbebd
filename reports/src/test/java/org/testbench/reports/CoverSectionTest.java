package org.testbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.reports.model.Certification;
import org.testbench.reports.model.ReportData;
import org.testbench.reports.model.RigSummary;
import org.testbench.reports.model.SignOff;

/** The certification cover, read back from the PDF as a certifier's reader sees it. */
class CoverSectionTest {

    @TempDir
    Path dir;

    private String firstPage(ReportData data, ReportLanguage language) throws Exception {
        List<Path> files = ReportFiles.write(data, language, dir.resolve(language.name() + data.certification().signOffs().size()));
        try (PDDocument pdf = Loader.loadPDF(files.get(1).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            // Lines wrap where the page is full; the checks read the text as sentences.
            return stripper.getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /** The sample with no expired instrument: nothing keeps it a draft. */
    private static ReportData calibrated(List<SignOff> signOffs) {
        ReportData s = SampleReports.report();
        RigSummary rig = new RigSummary(s.rig().name(), s.rig().description(), s.rig().file(), s.rig().sha256(),
                s.rig().instruments().subList(0, 1));
        Certification c = s.certification();
        return new ReportData(s.runId(), s.title(), s.started(), s.ended(), s.state(), s.softwareVersion(), s.operator(),
                s.dut(), rig, s.procedure(), s.conditions(), s.results(), s.figures(), s.notComputed(), s.overall(),
                s.decisionRule(), new Certification(c.reportNumber(), c.labName(), c.labAddress(), c.client(),
                        List.of("INTERRUPTED 2026-11-22T05:20:00Z: SIGTERM received"), signOffs));
    }

    @Test
    void theCoverStatesLabClientSampleAndConclusionAndADraftSaysWhyOnEveryPage() throws Exception {
        String cover = firstPage(SampleReports.report(), ReportLanguage.EN);

        assertThat(cover).contains("Test report", "Report No. " + SampleReports.RUN_ID,
                "Testing laboratory Suzhou Robot Quality Test Centre, 1 Test Road, Suzhou", "Client Example Robotics Co.",
                "Manufacturer Simulated Robotics", "Sample SIM-6R-10, Serial number SIM-6R-0001",
                "Standard and clauses ISO 9283:1998 / GB/T 12642-2013, 7.2.1, 7.2.2");
        // The thermometer's calibration ran out on 31 January; the run was in November.
        assertThat(cover).contains("Report status DRAFT – not final",
                "Instrument thermometer (PT100 probe, TH-77): calibration due 2026-01-31, before the test date 2026-11-22.");
        assertThat(cover).contains("The sample does not conform: at least one result lies outside its limit.");
        assertThat(cover).contains("Tested by J. Doe 2026-11-22", "Reviewed by — —", "Approved by — —");
        // The margin of every page says draft, not only the cover.
        assertThat(cover.indexOf("DRAFT – not final")).isNotEqualTo(cover.lastIndexOf("DRAFT – not final"));
    }

    @Test
    void aReviewedAndApprovedReportWithoutDeviationsIsFinalAndListsTheInterruption() throws Exception {
        List<SignOff> signed = List.of(new SignOff(SignOff.Role.TESTED, "J. Doe", LocalDate.parse("2026-11-22")),
                new SignOff(SignOff.Role.REVIEWED, "Li Wei", LocalDate.parse("2026-11-23")),
                new SignOff(SignOff.Role.APPROVED, "Wang Fang", LocalDate.parse("2026-11-24")));

        String cover = firstPage(calibrated(signed), ReportLanguage.EN);
        String awaiting = firstPage(calibrated(signed.subList(0, 2)), ReportLanguage.EN);

        assertThat(cover).contains("Report status final", "Reviewed by Li Wei 2026-11-23", "Approved by Wang Fang 2026-11-24",
                "INTERRUPTED 2026-11-22T05:20:00Z: SIGTERM received").doesNotContain("DRAFT");
        assertThat(awaiting).contains("Report status not yet approved", "Approved by — —");
    }

    @Test
    void theChineseCoverUsesTheTermsOfChineseTestReports() throws Exception {
        String cover = firstPage(SampleReports.report(), ReportLanguage.ZH_EN);

        assertThat(cover).contains("检测报告 Test report", "报告编号 Report No.", "委托单位 Client", "检测结论 Conclusion",
                "草稿，非正式报告 DRAFT – not final", "检测 Tested by", "审核 Reviewed by", "批准 Approved by");
    }
}
