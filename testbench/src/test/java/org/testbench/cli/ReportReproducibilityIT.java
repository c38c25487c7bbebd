package org.testbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.lab.TestLab;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.sim.robot.SimulatedRobotServer;
import org.testbench.standards.geometry.Vector3;

/**
 * A report regenerated from the same archive is the same report: {@code testbench report} run twice
 * after a signed run leaves results.json, both reports, the manifest and its signature byte for byte
 * as the run wrote them, and the archive still verifies; so does a report regenerated in Chinese and
 * English, figures included.
 */
class ReportReproducibilityIT {

    private static final String[] FILES = {"results.json", "report.html", "report.pdf", "manifest.sha256",
        "manifest.sha256.p7s"};

    @TempDir
    Path dir;

    @Test
    void regeneratingTheReportChangesNoByte() throws Exception {
        Path archive;
        try (SimulatedRobotServer server = SimulatedRobotServer.start(SimulatedRobotConfig.builder().port(0)
                .biasMm(new Vector3(0.2, -0.1, 0.05)).sigmaMm(0.01).seed(5).timeScale(200).build())) {
            String bundled = new String(getClass().getClassLoader().getResourceAsStream("rigs/sim-robot.yaml")
                    .readAllBytes(), StandardCharsets.UTF_8);
            Path rig = Files.writeString(dir.resolve("sim-robot.yaml"),
                    bundled.replace("opc.tcp://127.0.0.1:4840/testbench", server.endpointUrl()));
            TestLab lab = TestLab.create(dir.resolve("lab"), "Repro Lab");
            CliRun cli = new CliRun();
            cli.run("run", "iso9283-pose", "--rig", rig.toString(), "--dut", "sim-6r-10", "-p", "cycles=3",
                    "--runs-dir", dir.resolve("runs").toString(), "--lab", lab.labFile().toString(), "--json");
            JsonNode summary = new ObjectMapper().readTree(cli.out());
            assertThat(summary.get("state").asText()).as(cli.err()).isEqualTo("COMPLETED");
            archive = Path.of(summary.get("archive").asText());
            Map<String, byte[]> asRun = read(archive);
            String text = pdfText(archive);

            for (int regeneration = 1; regeneration <= 2; regeneration++) {
                // A second later each time: nothing in the reports may come from the clock.
                Thread.sleep(1100);
                assertThat(cli.run("report", archive.toString(), "--lab", lab.labFile().toString()))
                        .as(cli.err()).isZero();
                Map<String, byte[]> regenerated = read(archive);
                for (String file : FILES) {
                    assertThat(regenerated.get(file)).as("%s after regeneration %d", file, regeneration)
                            .isEqualTo(asRun.get(file));
                }
                assertThat(pdfText(archive)).isEqualTo(text);
            }
            assertThat(text).contains(summary.get("runId").asText());
            // Titles wrap in a half-width figure, and the stripper breaks the vertical axis's label into pieces.
            assertThat(compact(text)).contains(compact("P5: attained positions around their barycentre, XZ plane"),
                    compact("Δz / µm"));
            // The pose-repeatability analysis supplies two views of each of the five poses.
            assertThat(Files.readString(archive.resolve("report.html"))).contains("data-figure=\"10\"")
                    .doesNotContain("data-figure=\"11\"");
            assertThat(cli.run("verify", archive.toString(), "--trust", lab.certificate().toString())).isZero();

            // In Chinese and English the regenerated report is just as reproducible, and the folder verifies.
            assertThat(cli.run("report", archive.toString(), "--lang", "zh-en", "--lab", lab.labFile().toString()))
                    .as(cli.err()).isZero();
            Map<String, byte[]> bilingual = read(archive);
            Thread.sleep(1100);
            assertThat(cli.run("report", archive.toString(), "--lang", "zh-en", "--lab", lab.labFile().toString()))
                    .as(cli.err()).isZero();
            for (String file : FILES) {
                assertThat(read(archive).get(file)).as("%s regenerated in zh-en", file).isEqualTo(bilingual.get(file));
            }
            assertThat(compact(pdfText(archive))).contains(compact("5 测试结果 Results"), compact("Δz / µm"));
            assertThat(cli.run("verify", archive.toString(), "--trust", lab.certificate().toString())).isZero();

            // Without --lang, report regenerates in the language run.json recorded: the run's English, byte for byte.
            assertThat(cli.run("report", archive.toString(), "--lab", lab.labFile().toString())).as(cli.err()).isZero();
            for (String file : FILES) {
                if (!file.endsWith(".p7s")) { // signed anew, at a new time, when the zh-en reports were replaced
                    assertThat(read(archive).get(file)).as("%s back in the run's language", file)
                            .isEqualTo(asRun.get(file));
                }
            }
        }
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static Map<String, byte[]> read(Path archive) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : FILES) {
            files.put(file, Files.readAllBytes(archive.resolve(file)));
        }
        return files;
    }

    private static String pdfText(Path archive) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(archive.resolve("report.pdf").toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
