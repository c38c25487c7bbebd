package org.testbench.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
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
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Prints a report's XHTML to PDF with openhtmltopdf, so the PDF and the HTML are the same
 * document. The PDF's title, subject, author and creator come from the document's
 * {@code <title>} and {@code <meta>} elements; its producer names testbench. Nothing in the file
 * comes from the clock: the same document prints the same bytes (see {@link #write(String, ReportOrigin, Path)}).
 *
 * <p>The fonts PDF's built-in Helvetica lacks signs the report uses (≤, µ, Δ), so DejaVu Sans is
 * embedded, subset, from Debian's fonts-dejavu-core ({@value #FONT_DIRECTORY}); a missing font
 * file fails the report rather than printing '#' in place of a sign.
 */
public final class PdfReport {

    /** Where Debian's fonts-dejavu-core installs the fonts the PDF embeds. */
    public static final String FONT_DIRECTORY = "/usr/share/fonts/truetype/dejavu";

    private static final String PRODUCER = "testbench (openhtmltopdf, Apache PDFBox)";

    private record EmbeddedFont(String file, String family, int weight, FontStyle style) {
    }

    private static final List<EmbeddedFont> FONTS = List.of(
            new EmbeddedFont("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new EmbeddedFont("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            new EmbeddedFont("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL));

    private PdfReport() {
    }

    /**
     * Prints XHTML to a PDF file that is tied to no run, replacing the file if it exists. The PDF
     * states no creation date, so the same XHTML always prints the same bytes.
     *
     * @param xhtml the document, as {@link HtmlReport#render} makes it; must be well-formed XML
     * @param pdf   the PDF file to write
     * @throws IllegalStateException when a font file is missing (install fonts-dejavu-core)
     * @throws UncheckedIOException  when the document cannot be printed or the file written
     */
    public static void write(String xhtml, Path pdf) {
        write(xhtml, null, pdf);
    }

    /**
     * Prints a run's report to a PDF file, replacing the file if it exists. The PDF's document
     * information carries the run and its data digest ({@link ReportOrigin}); its creation date is
     * the origin's, and its file identifier (/ID) is derived from the document and the origin, so
     * the same report of the same archive always prints the same bytes and the archive's manifest
     * and signature still hold after {@code testbench report} regenerates it.
     *
     * @param xhtml  the document, as {@link HtmlReport#render} makes it; must be well-formed XML
     * @param origin the run the report belongs to, or null for a document tied to no run
     * @param pdf    the PDF file to write
     * @throws IllegalStateException when a font file is missing (install fonts-dejavu-core)
     * @throws UncheckedIOException  when the document cannot be printed or the file written
     */
    public static void write(String xhtml, ReportOrigin origin, Path pdf) {
        Objects.requireNonNull(xhtml, "xhtml");
        Objects.requireNonNull(pdf, "pdf");
        PdfRendererBuilder builder = new PdfRendererBuilder();
        for (EmbeddedFont font : FONTS) {
            builder.useFont(fontFile(font.file()).toFile(), font.family(), font.weight(), font.style(), true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.withProducer(PRODUCER);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
             PDDocument document = renderer.createPDFKeepOpen();
             OutputStream out = Files.newOutputStream(pdf)) {
            identify(document, xhtml, origin);
            document.save(out);
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

    private static Path fontFile(String name) {
        Path file = Path.of(FONT_DIRECTORY, name);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("font for the PDF report not found: " + file
                    + " (install the Debian package fonts-dejavu-core)");
        }
        return file;
    }
}
