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
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.reports.model.ReportData;
import org.testbench.standards.figure.Figure;

class PdfReportTest {

    private static final String FIGURES_HEADING = "6 Figures";

    @TempDir
    Path dir;

    @Test
    void reportFilesWritesTheSameDocumentAsHtmlAndPdf() throws Exception {
        ReportData data = SampleReports.report();
        List<Path> files = ReportFiles.write(data, ReportLanguage.EN, dir.resolve("runs/" + SampleReports.RUN_ID));

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("report.html", "report.pdf");
        assertThat(Files.readString(files.get(0), StandardCharsets.UTF_8))
                .isEqualTo(HtmlReport.render(data, ReportLanguage.EN).xhtml());
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

        List<Path> first = ReportFiles.write(data, ReportLanguage.EN, run);
        byte[] html = Files.readAllBytes(first.get(0));
        byte[] pdf = Files.readAllBytes(first.get(1));
        // Later, with the first reports in the folder: nothing may come from the clock or from them.
        Thread.sleep(1100);
        ReportFiles.write(data, ReportLanguage.EN, run);

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
        PdfReport.write(HtmlReport.render(SampleReports.report(), ReportLanguage.EN), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentInformation().getCreationDate()).isNull();
        }
        assertThatThrownBy(() -> ReportOrigin.of(pdf)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a testbench report");
    }

    @Test
    void pdfCarriesTitleAndProducer() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        PdfReport.write(HtmlReport.render(SampleReports.report(), ReportLanguage.EN), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("ISO 9283 pose accuracy and repeatability — run " + SampleReports.RUN_ID);
            assertThat(document.getDocumentInformation().getProducer()).startsWith("testbench");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("J. Doe");
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo("testbench 0.1.0-SNAPSHOT");
        }
    }

    @Test
    void figuresAreVectorGraphicsWithTheirTitlesAxisLabelsLegendsAndCaptionsAsText() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        PdfReport.write(HtmlReport.render(SampleReports.report(), ReportLanguage.EN), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (Figure figure : SampleFigures.all()) {
                assertThat(text).contains(figure.title(), figure.caption());
            }
            assertThat(text).contains("Figure 1 " + SampleFigures.HYSTERESIS_TITLE, "output torque / Nm", "K1..K3 fit",
                    "measured", "output angle / deg", "harmonic order", "input speed / rpm", "25 Nm", "75 Nm",
                    "running time / h", "re-measured", "Δx / µm", "RPl = 30.0 µm");
            // The vertical axes' labels are text too; the stripper breaks rotated text into pieces, in order.
            assertThat(compact(text)).contains(compact("output twist / arcmin"), compact("transmission error / arcsec"),
                    compact("amplitude / arcsec"), compact("efficiency / %"), compact("lost motion / arcmin"),
                    compact("Δy / µm"));
            // Vector: the figures are form XObjects of paths and text; no page or form holds an image.
            int figurePage = pageWith(document, FIGURES_HEADING);
            assertThat(forms(document.getPage(figurePage).getResources())).isNotEmpty();
            for (PDPage page : document.getPages()) {
                assertThat(images(page.getResources())).isEmpty();
            }
            BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(figurePage, 100);
            assertThat(rendered.getWidth()).isBetween(826, 827);
            assertThat(nonWhiteShare(rendered)).isGreaterThan(0.01);
        }
    }

    @Test
    void aBilingualReportPrintsTheChineseLabelsInTheEmbeddedCjkFont() throws Exception {
        Path run = dir.resolve("runs/" + SampleReports.RUN_ID);
        List<Path> files = ReportFiles.write(SampleReports.report(), ReportLanguage.ZH_EN, run);
        byte[] first = Files.readAllBytes(files.get(1));

        try (PDDocument document = Loader.loadPDF(files.get(1).toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("5 测试结果 Results", "1 被测样品 Device under test", "总体判定 Overall verdict",
                    "不合格 FAIL", "特性 Characteristic", "共 55 项结果：", "55 results: 9 PASS",
                    "图 1 Figure 1 " + SampleFigures.HYSTERESIS_TITLE);
            int pages = document.getNumberOfPages();
            assertThat(compact(text)).contains("第1页，共" + pages + "页page1of" + pages);
            assertThat(text).doesNotContain("#");
            List<PDFont> cjk = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font.getName().contains("DroidSansFallback") || font.getName().contains("WenQuanYi")) {
                        cjk.add(font);
                    }
                }
            }
            assertThat(cjk).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
        ReportFiles.write(SampleReports.report(), ReportLanguage.ZH_EN, run);
        assertThat(Files.readAllBytes(files.get(1))).isEqualTo(first);
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** @return the image XObjects of some resources and of the forms among them, however deep */
    private static List<PDImageXObject> images(PDResources resources) throws Exception {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                images.add(image);
            } else if (object instanceof PDFormXObject form && form.getResources() != null) {
                images.addAll(images(form.getResources()));
            }
        }
        return images;
    }

    private static List<PDFormXObject> forms(PDResources resources) throws Exception {
        List<PDFormXObject> forms = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                forms.add(form);
            }
        }
        return forms;
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
