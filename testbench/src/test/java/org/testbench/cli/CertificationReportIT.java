package org.testbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * A certification report end to end: a pose run under a lab whose decision rule is a guard band,
 * for a named client; results carry their uncertainty and the rule; the report's cover names lab
 * and client; approval is refused before review and for a run with an expired instrument, and
 * once reviewed and approved the report is final and the signed folder still verifies.
 */
class CertificationReportIT {

    private static final String BUNDLED_ENDPOINT = "opc.tcp://127.0.0.1:4840/testbench";

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private Path run(SimulatedRobotServer server, TestLab lab, String calibrationDue) throws Exception {
        String bundled = new String(getClass().getClassLoader().getResourceAsStream("rigs/sim-robot.yaml")
                .readAllBytes(), StandardCharsets.UTF_8);
        Path rig = Files.writeString(dir.resolve("rig-" + calibrationDue + ".yaml"), bundled
                .replace(BUNDLED_ENDPOINT, server.endpointUrl()).replace("due: 2027-06-30", "due: " + calibrationDue));
        cli.run("run", "iso9283-pose", "--rig", rig.toString(), "--dut", "sim-6r-10", "-p", "cycles=4",
                "--client", "Example Robotics Co.", "--runs-dir", dir.resolve("runs").toString(),
                "--lab", lab.labFile().toString(), "--json");
        JsonNode summary = new ObjectMapper().readTree(cli.out());
        assertThat(summary.get("state").asText()).as(cli.err()).isEqualTo("COMPLETED");
        return Path.of(summary.get("archive").asText());
    }

    private static String pdfText(Path archive) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(archive.resolve("report.pdf").toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aGuardBandedRunIsReviewedApprovedAndStillVerifies() throws Exception {
        TestLab lab = TestLab.create(dir.resolve("lab"), "Suzhou Test Lab");
        Files.writeString(lab.labFile(), Files.readString(lab.labFile())
                .replace("decision-rule: simple-acceptance", "decision-rule: {rule: guard-band, factor: 1}"));
        try (SimulatedRobotServer server = SimulatedRobotServer.start(SimulatedRobotConfig.builder().port(0)
                .biasMm(new Vector3(0.2, -0.1, 0.05)).sigmaMm(0.01).seed(11).timeScale(200).build())) {
            Path archive = run(server, lab, "2027-06-30");
            JsonNode results = new ObjectMapper().readTree(archive.resolve("results.json").toFile());
            assertThat(results.at("/decisionRule/kind").asText()).isEqualTo("GUARD_BAND");
            JsonNode first = results.at("/results/0");
            assertThat(first.get("characteristic").asText()).isEqualTo("APp");
            // The tracker's certificate states U = 0.010 mm (k = 2): its line is u = 0.005 mm.
            assertThat(first.at("/uncertainty/budget/1/value").asDouble()).isEqualTo(0.005);
            assertThat(first.at("/uncertainty/expanded").asDouble()).isGreaterThan(0.01);

            String lf = lab.labFile().toString();
            assertThat(cli.run("report", archive.toString(), "--lab", lf, "--approved-by", "Wang Fang"))
                    .isEqualTo(ExitCode.BAD_INPUT);
            assertThat(cli.err()).contains("has not been reviewed");
            assertThat(archive.resolve("signoff.json")).doesNotExist();

            assertThat(cli.run("report", archive.toString(), "--lab", lf, "--reviewed-by", "Li Wei")).as(cli.err()).isZero();
            assertThat(pdfText(archive)).contains("Report status not yet approved", "Reviewed by Li Wei");
            assertThat(cli.run("report", archive.toString(), "--lab", lf, "--approved-by", "Wang Fang")).as(cli.err())
                    .isZero();

            String today = LocalDate.now(ZoneOffset.UTC).toString();
            String text = pdfText(archive);
            assertThat(text).contains("Report status final", "Testing laboratory Suzhou Test Lab, 1 Test Street, Test City",
                    "Client Example Robotics Co.", "Decision rule guard-band, w = 1 x U (k = 2)",
                    "Reviewed by Li Wei " + today, "Approved by Wang Fang " + today, "U (k = 2)")
                    .doesNotContain("DRAFT");
            assertThat(cli.run("verify", archive.toString(), "--trust", lab.certificate().toString())).as(cli.out())
                    .isZero();
        }
    }

    @Test
    void aRunWithAnInstrumentPastItsCalibrationIsADraftThatCannotBeApproved() throws Exception {
        TestLab lab = TestLab.create(dir.resolve("lab"), "Suzhou Test Lab");
        try (SimulatedRobotServer server = SimulatedRobotServer.start(SimulatedRobotConfig.builder().port(0)
                .sigmaMm(0.01).seed(12).timeScale(200).build())) {
            Path archive = run(server, lab, "2025-12-31");

            assertThat(pdfText(archive)).contains("Report status DRAFT – not final",
                    "calibration due 2025-12-31, before the test date");
            assertThat(cli.run("report", archive.toString(), "--lab", lab.labFile().toString(),
                    "--reviewed-by", "Li Wei", "--approved-by", "Wang Fang")).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(cli.err()).contains("the report is a draft and cannot be approved",
                    "calibration due 2025-12-31");
            assertThat(archive.resolve("signoff.json")).doesNotExist();
        }
    }
}
