package org.testbench.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fonts of a report, all read from files rather than from the system's font configuration, so
 * that text measures and prints the same on every machine: DejaVu Sans from Debian's
 * fonts-dejavu-core, which PDF's built-in Helvetica cannot replace (it lacks ≤, Δ and µ in places),
 * for the page text and the figures alike; the CJK font of {@link CjkFont} for Chinese labels.
 * A missing file fails the report rather than printing '#' or boxes in place of a sign.
 */
final class ReportFonts {

    /** Where Debian's fonts-dejavu-core installs the fonts. */
    static final String DEJAVU_DIRECTORY = "/usr/share/fonts/truetype/dejavu";

    /** The family the style sheet names for the page text. */
    static final String SANS = "DejaVu Sans";

    private record Embedded(String file, String family, int weight) {
    }

    private static final List<Embedded> DEJAVU = List.of(
            new Embedded("DejaVuSans.ttf", SANS, 400),
            new Embedded("DejaVuSans-Bold.ttf", SANS, 700),
            new Embedded("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400));

    private static Font figureFont;

    private ReportFonts() {
    }

    /**
     * Registers the fonts a document prints with: DejaVu always (subset, embedded), and the CJK font
     * when the language has Chinese labels.
     *
     * @param builder  the PDF builder
     * @param language the document's language
     * @throws IllegalStateException when a font file is missing, naming it and the package to install
     */
    static void register(PdfRendererBuilder builder, ReportLanguage language) {
        for (Embedded font : DEJAVU) {
            builder.useFont(dejaVu(font.file()).toFile(), font.family(), font.weight(), FontStyle.NORMAL, true);
        }
        if (language.needsCjkFont()) {
            builder.useFont(CjkFont.locate().toFile(), CjkFont.FAMILY, 400, FontStyle.NORMAL, true);
        }
    }

    /**
     * The font figures are drawn with. It is the same file the PDF embeds under {@value #SANS}, so
     * openhtmltopdf prints the figures' text as text in that font, with the very metrics JFreeChart
     * laid it out with.
     *
     * @param size the size in points
     * @return DejaVu Sans of that size
     * @throws IllegalStateException when the font file is missing or unreadable
     */
    static synchronized Font figureFont(float size) {
        if (figureFont == null) {
            Path file = dejaVu(DEJAVU.get(0).file());
            try {
                figureFont = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("font for the report's figures cannot be read: " + file, e);
            }
        }
        return figureFont.deriveFont(size);
    }

    private static Path dejaVu(String name) {
        Path file = Path.of(DEJAVU_DIRECTORY, name);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("font for the report not found: " + file
                    + " (install the Debian package fonts-dejavu-core)");
        }
        return file;
    }
}
