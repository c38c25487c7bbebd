package org.testbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CjkFontTest {

    @TempDir
    Path dir;

    @Test
    void withoutAnyCjkFontTheErrorNamesTheFilesAndThePackageToInstall() {
        List<CjkFont.Candidate> none = List.of(new CjkFont.Candidate(dir.resolve("DroidSansFallbackFull.ttf"),
                "fonts-droid-fallback"), new CjkFont.Candidate(dir.resolve("wqy-zenhei.ttc"), "fonts-wqy-zenhei"));

        assertThatThrownBy(() -> CjkFont.locate(null, none)).isInstanceOf(IllegalStateException.class)
                .hasMessage("no CJK font for the report's Chinese labels: " + dir.resolve("DroidSansFallbackFull.ttf")
                        + " (fonts-droid-fallback) and " + dir.resolve("wqy-zenhei.ttc") + " (fonts-wqy-zenhei) are"
                        + " missing; install the Debian package fonts-droid-fallback (apt-get install"
                        + " fonts-droid-fallback) or name a TrueType font in TESTBENCH_CJK_FONT");
    }

    @Test
    void aFontNamedInTheEnvironmentMustExist() {
        String missing = dir.resolve("nowhere.ttf").toString();

        assertThatThrownBy(() -> CjkFont.locate(missing, CjkFont.DEBIAN)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("TESTBENCH_CJK_FONT=" + missing + ": no such font file")
                .hasMessageContaining("fonts-droid-fallback");
    }

    @Test
    void aFontWithoutTheChineseGlyphsIsRefusedRatherThanPrintingBoxes() {
        String dejaVu = ReportFonts.DEJAVU_DIRECTORY + "/DejaVuSans.ttf";

        assertThatThrownBy(() -> CjkFont.locate(dejaVu, CjkFont.DEBIAN)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("TESTBENCH_CJK_FONT=" + dejaVu + ": cannot print the report's Chinese labels:"
                        + " no glyph for ")
                .hasMessageContaining("测").hasMessageEndingWith("(install the Debian package fonts-droid-fallback)");
    }

    @Test
    void theFirstInstalledDebianFontIsUsed() {
        // scripts/run-tests and bin/testbench install fonts-droid-fallback.
        assertThat(CjkFont.locate(null, CjkFont.DEBIAN)).isEqualTo(CjkFont.DEBIAN.get(0).file());
    }
}
