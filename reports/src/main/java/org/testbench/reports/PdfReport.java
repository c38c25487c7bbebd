package org.testbench.reports;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.Objects;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Prints a report's XHTML to PDF with openhtmltopdf, so the PDF and the HTML are the same
 * document; only the figures differ in form: vector graphics here ({@link PdfFigureDrawer}) where
 * the HTML shows a PNG. The PDF's title, subject, author and creator come from the document's
 * {@code <title>} and {@code <meta>} elements; its producer names testbench. Nothing in the file
 * comes from the clock: the same document prints the same bytes (see
 * {@link #write(ReportDocument, ReportOrigin, Path)}).
 *
 * <p>The fonts ({@link ReportFonts}) are embedded, subset: DejaVu Sans, and for Chinese labels the
 * CJK font of {@link CjkFont}. A missing font file fails the report rather than printing '#' or
 * boxes in place of a sign.
 */
public final class PdfReport {

    private static final String PRODUCER = "testbench (openhtmltopdf, Apache PDFBox)";

    private PdfReport() {
    }

    /**
     * Prints a document to a PDF file that is tied to no run, replacing the file if it exists. The PDF
     * states no creation date, so the same document always prints the same bytes.
     *
     * @param document the document, as {@link HtmlReport#render} makes it; its XHTML must be well-formed XML
     * @param pdf      the PDF file to write
     * @throws IllegalStateException when a font file is missing, naming it and the package to install
     * @throws UncheckedIOException  when the document cannot be printed or the file written
     */
    public static void write(ReportDocument document, Path pdf) {
        write(document, null, pdf);
    }

    /**
     * Prints a run's report to a PDF file, replacing the file if it exists. The PDF's document
     * information carries the run and its data digest ({@link ReportOrigin}); its creation date is
     * the origin's, and its file identifier (/ID) is derived from the document and the origin, so
     * the same report of the same archive always prints the same bytes and the archive's manifest
     * and signature still hold after {@code testbench report} regenerates it.
     *
     * @param document the document, as {@link HtmlReport#render} makes it; its XHTML must be well-formed XML
     * @param origin   the run the report belongs to, or null for a document tied to no run
     * @param pdf      the PDF file to write
     * @throws IllegalStateException when a font file is missing, naming it and the package to install
     * @throws UncheckedIOException  when the document cannot be printed or the file written
     */
    public static void write(ReportDocument document, ReportOrigin origin, Path pdf) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(pdf, "pdf");
        String xhtml = document.xhtml();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        ReportFonts.register(builder, document.language());
        builder.useObjectDrawerFactory(PdfFigureDrawer.factory(document.figures()));
        builder.withHtmlContent(xhtml, null);
        builder.withProducer(PRODUCER);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
             PDDocument printed = renderer.createPDFKeepOpen();
             OutputStream out = Files.newOutputStream(pdf)) {
            identify(printed, xhtml, origin);
            printed.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF report " + pdf, e);
        }
    }

    /** Replaces what openhtmltopdf and PDFBox take from the clock (creation date, /ID) by values of the report. */
    private static void identify(PDDocument document, String xhtml, ReportOrigin origin) {
        PDDocumentInformation info = document.getDocumentInformation();
        MessageDigest digest = sha256();
        digest.update(xhtml.getBytes(StandardCharsets.UTF_8));
        if (origin == null) {
            info.setCreationDate(null);
        } else {
            info.setCreationDate(GregorianCalendar.from(origin.created().atZone(ZoneOffset.UTC)));
            info.setCustomMetadataValue(ReportOrigin.RUN_KEY, origin.runId());
            info.setCustomMetadataValue(ReportOrigin.DATA_KEY, origin.dataSha256());
            digest.update(("\n" + origin).getBytes(StandardCharsets.UTF_8));
        }
        // The PDF specification asks for a 16-byte identifier, the same in both places for a new file.
        COSString id = new COSString(Arrays.copyOf(digest.digest(), 16));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().setDocumentID(ids);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
