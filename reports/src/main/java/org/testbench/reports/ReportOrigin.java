package org.testbench.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.testbench.reports.integrity.Manifest;

/**
 * What ties a PDF report to the run it reports, written into the PDF's document information so that
 * a PDF sent alone can be matched to its run folder ({@code testbench verify report.pdf}).
 *
 * <p>The PDF cannot carry the SHA-256 of the manifest, since the manifest lists the PDF's own hash;
 * it carries the SHA-256 of the manifest without the reports, the "data digest": it covers run.json,
 * the input copies, the samples and results.json, all final before the report is written.
 *
 * @param runId      the run's id, the name of its folder
 * @param dataSha256 the SHA-256 of the folder's manifest without {@value ReportFiles#HTML} and
 *                   {@value ReportFiles#PDF}, lower-case hex
 * @param created    the creation date the PDF states: the run's end, so that the same archive always
 *                   prints the same bytes; whole seconds, as PDF dates hold them
 */
public record ReportOrigin(String runId, String dataSha256, Instant created) {

    /** The document-information key of the run id. */
    public static final String RUN_KEY = "TestbenchRun";

    /** The document-information key of the data digest. */
    public static final String DATA_KEY = "TestbenchDataSHA256";

    /** Checks every field is present and drops the fraction of a second. */
    public ReportOrigin {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(dataSha256, "dataSha256");
        created = Objects.requireNonNull(created, "created").truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * @param manifest a run folder's manifest
     * @return its data digest: the SHA-256 of its text without the reports' lines
     */
    public static String dataSha256(Manifest manifest) {
        return manifest.without(List.of(ReportFiles.HTML, ReportFiles.PDF)).sha256();
    }

    /**
     * Reads the origin a report PDF carries.
     *
     * @param pdf a PDF file
     * @return its origin
     * @throws IOException              when the file is no readable PDF
     * @throws IllegalArgumentException when the PDF carries no testbench origin
     */
    public static ReportOrigin of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDDocumentInformation info = document.getDocumentInformation();
            String runId = info.getCustomMetadataValue(RUN_KEY);
            String data = info.getCustomMetadataValue(DATA_KEY);
            if (runId == null || data == null || info.getCreationDate() == null) {
                throw new IllegalArgumentException(pdf + " is not a testbench report: its document information has no "
                        + RUN_KEY + " and " + DATA_KEY);
            }
            return new ReportOrigin(runId, data, info.getCreationDate().toInstant());
        }
    }
}
