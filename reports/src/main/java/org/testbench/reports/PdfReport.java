package org.testbench.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Prints a report's XHTML to PDF with openhtmltopdf, so the PDF and the HTML are the same
 * document. The PDF's title, subject, author and creator come from the document's
 * {@code <title>} and {@code <meta>} elements; its producer names testbench.
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
     * Prints XHTML to a PDF file, replacing the file if it exists.
     *
     * @param xhtml the document, as {@link HtmlReport#render} makes it; must be well-formed XML
     * @param pdf   the PDF file to write
     * @throws IllegalStateException when a font file is missing (install fonts-dejavu-core)
     * @throws UncheckedIOException  when the document cannot be printed or the file written
     */
    public static void write(String xhtml, Path pdf) {
        Objects.requireNonNull(xhtml, "xhtml");
        Objects.requireNonNull(pdf, "pdf");
        PdfRendererBuilder builder = new PdfRendererBuilder();
        for (EmbeddedFont font : FONTS) {
            builder.useFont(fontFile(font.file()).toFile(), font.family(), font.weight(), font.style(), true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.withProducer(PRODUCER);
        try (OutputStream out = Files.newOutputStream(pdf)) {
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF report " + pdf, e);
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
