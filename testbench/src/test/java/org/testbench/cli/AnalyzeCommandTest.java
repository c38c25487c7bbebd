package org.testbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code testbench analyze iso9283} on tracker exports: a known bias written into the measured file
 * is measured back, what the data does not allow is reported as not computed, and the folder's
 * report regenerates with identical results.
 */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    /** Writes 30 cycles of 3 poses: commanded + (0.10, -0.05, 0.02) mm + Gaussian noise of 0.01 mm, in metres. */
    private Path measuredInMetres() throws Exception {
        StringBuilder csv = new StringBuilder("Point;Rep;X;Y;Z\n");
        Random random = new Random(7);
        double[][] commanded = {{1000, 0, 800}, {840, -160, 640}, {1160, 160, 960}};
        for (int cycle = 1; cycle <= 30; cycle++) {
            for (int p = 0; p < 3; p++) {
                csv.append(String.format(Locale.ROOT, "P%d;%d;%s;%s;%s%n", p + 1, cycle,
                        metres(commanded[p][0] + 0.10 + random.nextGaussian() * 0.01),
                        metres(commanded[p][1] - 0.05 + random.nextGaussian() * 0.01),
                        metres(commanded[p][2] + 0.02 + random.nextGaussian() * 0.01)).replace('.', ','));
            }
        }
        Path f = dir.resolve("measured.csv");
        Files.writeString(f, csv);
        return f;
    }

    private static String metres(double mm) {
        return String.format(Locale.ROOT, "%.7f", mm / 1000);
    }

    private Path mapping() throws Exception {
        Path f = dir.resolve("format.yaml");
        Files.writeString(f, "delimiter: ';'\ndecimal-separator: ','\nlength-unit: m\n"
                + "columns: {pose: Point, cycle: Rep, x: X, y: Y, z: Z}\n");
        return f;
    }

    @Test
    void aKnownBiasInATrackerExportIsMeasuredBack() throws Exception {
        Path commanded = dir.resolve("commanded.csv");
        Files.writeString(commanded, "Point;X;Y;Z\nP1;1,0;0;0,8\nP2;0,84;-0,16;0,64\nP3;1,16;0,16;0,96\n");
        int code = cli.run("analyze", "iso9283", "--measured", measuredInMetres().toString(), "--commanded",
                commanded.toString(), "--format", mapping().toString(), "--dut", "sim-6r-10", "--runs-dir",
                dir.resolve("runs").toString(), "--json");
        assertThat(code).as(cli.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(cli.out());
        assertThat(out.get("verdict").asText()).isEqualTo("PASS");
        // |bias| = sqrt(0.01 + 0.0025 + 0.0004) = 0.1136 mm; the mean of 30 points is within 0.006 mm.
        for (JsonNode r : out.get("results")) {
            if (r.get("characteristic").asText().equals("APp")) {
                assertThat(r.get("value").asDouble()).isCloseTo(0.1136, within(0.006));
            }
        }
        assertThat(out.get("results")).hasSize(3 * 5);
        assertThat(out.get("notComputed").toString()).contains("measured data has no orientation");

        Path folder = Path.of(out.get("folder").asText());
        assertThat(folder.resolve("measured.csv")).hasSameTextualContentAs(dir.resolve("measured.csv"));
        String results = Files.readString(folder.resolve("results.json"));
        Files.delete(folder.resolve("report.pdf"));
        assertThat(cli.run("report", folder.toString())).as(cli.err()).isZero();
        assertThat(Files.readString(folder.resolve("results.json"))).isEqualTo(results);
        assertThat(folder.resolve("report.pdf")).exists();
        assertThat(Files.readString(folder.resolve("report.html"))).contains("Not computed",
                "APa/APb/APc and RPa/RPb/RPc: the measured data has no orientation (a, b, c)");
    }

    @Test
    void withoutCommandedPosesOnlyRepeatabilityIsComputedAndTheReportSaysWhy() throws Exception {
        int code = cli.run("analyze", "iso9283", "--measured", measuredInMetres().toString(), "--format",
                mapping().toString(), "--runs-dir", dir.resolve("runs").toString(), "--json");
        assertThat(code).as(cli.err()).isZero();
        JsonNode out = new ObjectMapper().readTree(cli.out());
        assertThat(out.get("results")).hasSize(3);
        assertThat(out.get("results").findValuesAsText("characteristic")).containsOnly("RPl");
        assertThat(out.get("verdict").asText()).isEqualTo("NOT_EVALUATED");
        assertThat(out.get("notComputed").get(0).asText())
                .isEqualTo("AP (all poses): no commanded poses were given, so only repeatability is computed");
    }

    @Test
    void aMalformedRowIsBadInputNamingTheLineAndNothingIsWritten() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "pose,cycle,x,y,z\nP1,1,1,2,3\nP1,two,1,2,3\n");
        assertThat(cli.run("analyze", "iso9283", "--measured", bad.toString(), "--runs-dir",
                dir.resolve("runs").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("error: " + bad + ":3: column 2 (cycle): expected a whole number, found 'two'");
        assertThat(dir.resolve("runs")).doesNotExist();
        assertThat(cli.run("analyze", "iso9283", "--measured", bad.toString(), "--length-unit", "inch")).isEqualTo(2);
        assertThat(cli.err()).contains("error: --length-unit inch: unknown unit 'inch'");
    }

    @Test
    void aBilingualReportHasChineseLabelsTheRepeatabilityFiguresAndRegeneratesIdentically() throws Exception {
        int code = cli.run("analyze", "iso9283", "--measured", measuredInMetres().toString(), "--format",
                mapping().toString(), "--runs-dir", dir.resolve("runs").toString(), "--lang", "zh-en", "--json");
        assertThat(code).as(cli.err()).isZero();
        Path folder = Path.of(new ObjectMapper().readTree(cli.out()).get("folder").asText());
        String html = Files.readString(folder.resolve("report.html"));
        // Labels in both languages, data as written; two views of each of the three poses.
        assertThat(html).contains("<h2>5 测试结果 Results</h2>", "<th>测量数据 Measured data</th>",
                "<th>P2 的循环次数 Cycles of P2</th>", "data-figure=\"6\"", "P3: attained positions around their barycentre")
                .doesNotContain("data-figure=\"7\"");
        byte[] pdf = Files.readAllBytes(folder.resolve("report.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("被测样品 Device under test", "Δx / µm");
        }

        assertThat(cli.run("report", folder.toString(), "--lang", "zh-en")).as(cli.err()).isZero();
        assertThat(Files.readAllBytes(folder.resolve("report.pdf"))).isEqualTo(pdf);
        assertThat(cli.run("report", folder.toString())).as(cli.err()).isZero();
        assertThat(Files.readString(folder.resolve("report.html"))).contains("<h2>5 Results</h2>")
                .doesNotContain("测试结果");
    }

    @Test
    void anUnknownLanguageIsBadInputAndNothingIsWritten() throws Exception {
        assertThat(cli.run("analyze", "iso9283", "--measured", measuredInMetres().toString(), "--runs-dir",
                dir.resolve("runs").toString(), "--lang", "de")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("error: --lang de: expected en, zh or zh-en, not 'de'");
        assertThat(dir.resolve("runs")).doesNotExist();
    }
}
