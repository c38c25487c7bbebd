package org.testbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.reports.model.ReportData;

class PdfReportTest {

    private static final String PLOT_HEADING = "6 Attained positions around their barycentre";

    @TempDir
    Path dir;

    @Test
    void reportFilesWritesTheSameDocumentAsHtmlAndPdf() throws Exception {
        ReportData data = SampleReports.report();
        List<Path> files = ReportFiles.write(data, dir.resolve("runs/" + SampleReports.RUN_ID));

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("report.html", "report.pdf");
        assertThat(Files.readString(files.get(0), StandardCharsets.UTF_8)).isEqualTo(HtmlReport.render(data));
        try (PDDocument pdf = Loader.loadPDF(files.get(1).toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(SampleReports.RUN_ID, "P1", "P2", "P3", "P4", "P5", "PASS", "FAIL",
                    "NOT EVALUATED", SampleReports.TRACKER_SERIAL, "≤ 0.0500 mm", "µm");
            assertThat(text).contains(String.format(Locale.ROOT, "%.4f",
                    SampleReports.result(data, "P5", "RPl").value()));
            assertThat(text).contains("page 1 of " + pdf.getNumberOfPages());
            assertThat(text).doesNotContain("#");
        }
    }

    @Test
    void theSameReportOfTheSameFolderIsTheSameBytesAndNamesItsRunAndData() throws Exception {
        ReportData data = SampleReports.report();
        Path run = Files.createDirectories(dir.resolve("runs/" + SampleReports.RUN_ID));
        Files.writeString(run.resolve("results.json"), "{}\n");

        List<Path> first = ReportFiles.write(data, run);
        byte[] html = Files.readAllBytes(first.get(0));
        byte[] pdf = Files.readAllBytes(first.get(1));
        // Later, with the first reports in the folder: nothing may come from the clock or from them.
        Thread.sleep(1100);
        ReportFiles.write(data, run);

        assertThat(Files.readAllBytes(first.get(0))).isEqualTo(html);
        assertThat(Files.readAllBytes(first.get(1))).isEqualTo(pdf);
        ReportOrigin origin = ReportOrigin.of(first.get(1));
        assertThat(origin.runId()).isEqualTo(SampleReports.RUN_ID);
        // printf '%s  results.json\n' $(printf '{}\n' | sha256sum | cut -c1-64) | sha256sum
        assertThat(origin.dataSha256()).isEqualTo("39033fd8bb247a0ba9b577c45917c2821ddeb34d075b17b83e41b1ff9b69bfe9");
        assertThat(origin.created()).isEqualTo(Instant.parse("2026-11-22T05:42:17Z"));
    }

    @Test
    void aDocumentTiedToNoRunStatesNoCreationDateAndNoOrigin() throws Exception {
        Path pdf = dir.resolve("plain.pdf");
        PdfReport.write(HtmlReport.render(SampleReports.report()), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentInformation().getCreationDate()).isNull();
        }
        assertThatThrownBy(() -> ReportOrigin.of(pdf)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a testbench report");
    }

    @Test
    void pdfCarriesTitleAndProducer() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        PdfReport.write(HtmlReport.render(SampleReports.report()), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("ISO 9283 pose accuracy and repeatability — run " + SampleReports.RUN_ID);
            assertThat(document.getDocumentInformation().getProducer()).startsWith("testbench");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("J. Doe");
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo("testbench 0.1.0-SNAPSHOT");
        }
    }

    @Test
    void plotPageHoldsThePlotAsAnImage() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        PdfReport.write(HtmlReport.render(SampleReports.report()), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int plotPage = pageWith(document, PLOT_HEADING);
            PDPage page = document.getPage(plotPage);
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).hasSize(1);
            assertThat(images.get(0).getWidth()).isEqualTo(2040);

            BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(plotPage, 100);
            assertThat(rendered.getWidth()).isBetween(826, 827);
            assertThat(nonWhiteShare(rendered)).isGreaterThan(0.01);
        }
    }

    private static int pageWith(PDDocument document, String text) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).contains(text)) {
                return page - 1;
            }
        }
        throw new AssertionError("no page of the PDF contains '" + text + "'");
    }

    private static double nonWhiteShare(BufferedImage image) {
        long nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    nonWhite++;
                }
            }
        }
        return (double) nonWhite / ((long) image.getWidth() * image.getHeight());
    }
}
