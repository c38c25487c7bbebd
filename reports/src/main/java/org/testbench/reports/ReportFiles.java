package org.testbench.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.testbench.reports.integrity.Manifest;
import org.testbench.reports.model.ReportData;

/**
 * Writes a run's report into a folder as {@value #HTML} and {@value #PDF}, both from one rendering
 * of the XHTML, so the two never disagree. The PDF carries the run's {@link ReportOrigin}, hashed
 * from the folder as it is when the report is written.
 */
public final class ReportFiles {

    /** The HTML report's file name. */
    public static final String HTML = "report.html";

    /** The PDF report's file name. */
    public static final String PDF = "report.pdf";

    private ReportFiles() {
    }

    /**
     * Writes the HTML and the PDF report, creating the folder if needed and replacing existing
     * reports. Call it when every other file of the folder is final: the PDF carries the digest of
     * the folder's data ({@link ReportOrigin#dataSha256}) as it is now.
     *
     * @param data     the report's data
     * @param language the language of its labels
     * @param dir      the folder, e.g. the run's archive folder
     * @return the files written: the HTML, then the PDF
     * @throws UncheckedIOException  when a file cannot be written
     * @throws IllegalStateException when a font is missing (see {@link PdfReport}); a missing CJK
     *                               font is found before anything is written
     */
    public static List<Path> write(ReportData data, ReportLanguage language, Path dir) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(dir, "dir");
        if (language.needsCjkFont()) {
            CjkFont.locate();
        }
        ReportDocument document = HtmlReport.render(data, language);
        Path html = dir.resolve(HTML);
        Path pdf = dir.resolve(PDF);
        ReportOrigin origin;
        try {
            Files.createDirectories(dir);
            origin = new ReportOrigin(data.runId(), ReportOrigin.dataSha256(Manifest.of(dir)), data.ended());
            Files.writeString(html, document.xhtml(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the HTML report " + html, e);
        }
        PdfReport.write(document, origin, pdf);
        return List.of(html, pdf);
    }
}
