package org.testbench.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The font the PDF embeds for Chinese labels, so that a report prints the same on any machine.
 * Debian's fonts-droid-fallback (Apache-2.0) or fonts-wqy-zenhei; another TrueType font can be named
 * in {@value #ENVIRONMENT}. The font must have TrueType outlines (openhtmltopdf writes an empty PDF
 * with the CFF outlines of fonts-noto-cjk) and a glyph for every Chinese character of the labels:
 * anything else fails the report, naming the font and the package to install, instead of printing boxes.
 */
public final class CjkFont {

    /** The environment variable naming a TrueType font file (.ttf or .ttc) to use instead of Debian's. */
    public static final String ENVIRONMENT = "TESTBENCH_CJK_FONT";

    /** The family the style sheet and the PDF builder know the font by. */
    static final String FAMILY = "testbench CJK";

    /**
     * A font file and the Debian package that installs it.
     *
     * @param file          the font file
     * @param debianPackage the package
     */
    record Candidate(Path file, String debianPackage) {
    }

    /** Where Debian installs the fonts known to work, in order of preference. */
    static final List<Candidate> DEBIAN = List.of(
            new Candidate(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), "fonts-droid-fallback"),
            new Candidate(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "fonts-wqy-zenhei"));

    private CjkFont() {
    }

    /**
     * @return the font file for Chinese labels: {@value #ENVIRONMENT}'s when set, else the first
     *     Debian font installed
     * @throws IllegalStateException when there is none, or it cannot print the labels; the message
     *                               names the font files and the package to install
     */
    public static Path locate() {
        return locate(System.getenv(ENVIRONMENT), DEBIAN);
    }

    /**
     * @param override   the value of {@value #ENVIRONMENT}, or null
     * @param candidates the fonts to look for when there is no override
     * @return the font file
     * @throws IllegalStateException when there is no usable font
     */
    static Path locate(String override, List<Candidate> candidates) {
        if (override != null && !override.isBlank()) {
            Path file = Path.of(override);
            if (!Files.isReadable(file)) {
                throw new IllegalStateException(ENVIRONMENT + "=" + override + ": no such font file for the report's"
                        + " Chinese labels (name a TrueType .ttf or .ttc file, or unset it to use "
                        + candidates.get(0).file() + " from the Debian package " + candidates.get(0).debianPackage() + ")");
            }
            check(file, ENVIRONMENT + "=" + override);
            return file;
        }
        for (Candidate candidate : candidates) {
            if (Files.isReadable(candidate.file())) {
                check(candidate.file(), candidate.file() + " (" + candidate.debianPackage() + ")");
                return candidate.file();
            }
        }
        throw new IllegalStateException("no CJK font for the report's Chinese labels: "
                + candidates.stream().map(c -> c.file() + " (" + c.debianPackage() + ")")
                        .collect(Collectors.joining(" and ")) + " are missing; install the Debian package "
                + candidates.get(0).debianPackage() + " (apt-get install " + candidates.get(0).debianPackage()
                + ") or name a TrueType font in " + ENVIRONMENT);
    }

    /** Refuses a font that would print an empty PDF or boxes. */
    private static void check(Path file, String name) {
        // A collection needs one usable font: openhtmltopdf picks the one that covers the text.
        List<String> problems = new ArrayList<>();
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    collection.processAllFonts(font -> problems.add(problem(font)));
                }
            } else {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    problems.add(problem(font));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(name + ": not a readable TrueType font: " + e.getMessage(), e);
        }
        if (!problems.contains(null)) {
            throw new IllegalStateException(name + ": cannot print the report's Chinese labels: "
                    + (problems.isEmpty() ? "it holds no font" : problems.get(0))
                    + " (install the Debian package " + DEBIAN.get(0).debianPackage() + ")");
        }
    }

    /** @return what keeps the font from printing the labels, or null when it can */
    private static String problem(TrueTypeFont font) throws IOException {
        if (!font.getTableMap().containsKey("glyf")) {
            return "it has no TrueType outlines (glyf table); CFF fonts such as fonts-noto-cjk do not work";
        }
        CmapLookup cmap = font.getUnicodeCmapLookup(false);
        TreeSet<String> missing = new TreeSet<>();
        for (ReportLabel label : ReportLabel.values()) {
            label.chinese().codePoints().filter(cp -> cp >= 0x2E80)
                    .filter(cp -> cmap == null || cmap.getGlyphId(cp) == 0)
                    .forEach(cp -> missing.add(new String(Character.toChars(cp))));
        }
        return missing.isEmpty() ? null : "no glyph for " + String.join("", missing);
    }
}
