package org.testbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testbench.lab.TestLab;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.sim.robot.SimulatedRobotServer;
import org.testbench.standards.geometry.Vector3;

/**
 * {@code testbench verify} on archives of real runs against the simulated robot: one signed with a
 * lab keystore made by keytool, one unsigned. Every kind of file of the archive is changed by one
 * byte, and verify must fail naming it.
 */
class VerifyCommandIT {

    @TempDir
    static Path dir;

    private static SimulatedRobotServer server;
    private static TestLab lab;
    private static Path runs;
    private static Path signed;
    private static Path unsigned;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void runOnceSignedAndOnceUnsigned() throws Exception {
        server = SimulatedRobotServer.start(SimulatedRobotConfig.builder().port(0)
                .biasMm(new Vector3(0.2, -0.1, 0.05)).sigmaMm(0.01).seed(11).timeScale(200).build());
        String bundled = new String(VerifyCommandIT.class.getClassLoader().getResourceAsStream("rigs/sim-robot.yaml")
                .readAllBytes(), StandardCharsets.UTF_8);
        Path rig = Files.writeString(dir.resolve("sim-robot.yaml"),
                bundled.replace("opc.tcp://127.0.0.1:4840/testbench", server.endpointUrl()));
        lab = TestLab.create(dir.resolve("lab"), "IT Lab");
        runs = dir.resolve("runs");
        signed = run(rig, "--lab", lab.labFile().toString());
        unsigned = run(rig);
    }

    @AfterAll
    static void stopTheSimulator() {
        server.close();
    }

    private static Path run(Path rig, String... more) throws Exception {
        CliRun cli = new CliRun();
        List<String> args = new ArrayList<>(List.of("run", "iso9283-pose", "--rig", rig.toString(), "--dut",
                "sim-6r-10", "-p", "cycles=3", "--runs-dir", runs.toString(), "--json"));
        args.addAll(List.of(more));
        cli.run(args.toArray(String[]::new));
        JsonNode summary = new ObjectMapper().readTree(cli.out());
        assertThat(summary.get("state").asText()).as(cli.err()).isEqualTo("COMPLETED");
        return Path.of(summary.get("archive").asText());
    }

    @Test
    void aCleanSignedArchiveVerifiesAndNamesItsSigner() throws Exception {
        assertThat(signed.resolve("manifest.sha256.p7s")).exists();
        assertThat(cli.run("verify", signed.toString(), "--lab", lab.labFile().toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("files:      8 of 8 listed in manifest.sha256 intact",
                "signer:     CN=IT Lab Signing,O=IT Lab, serial ", "(self-signed)",
                "trust:      the signer's certificate is the trusted certificate (the signing certificate of "
                        + lab.labFile() + ")", "verdict:    INTACT");

        cli.clearOut();
        assertThat(cli.run("verify", signed.getFileName().toString(), "--runs-dir", runs.toString(), "--trust",
                lab.certificate().toString(), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("intact").asBoolean()).isTrue();
        assertThat(json.get("failures")).isEmpty();
        assertThat(json.get("files")).hasSize(10);
        assertThat(json.get("signature").get("status").asText()).isEqualTo("VALID");
        assertThat(json.get("signature").get("trust").asText()).isEqualTo("TRUSTED");
        assertThat(json.get("signature").get("signer").get("subject").asText()).isEqualTo("CN=IT Lab Signing,O=IT Lab");
    }

    @ParameterizedTest
    @ValueSource(strings = {"samples.csv", "results.json", "run.json", "report.html", "report.pdf", "procedure.yaml",
        "manifest.sha256", "manifest.sha256.p7s"})
    void oneChangedByteInAnyFileFailsVerificationNamingThatFile(String file) throws Exception {
        Path copy = copyOf(signed, "flip-" + file);
        byte[] bytes = Files.readAllBytes(copy.resolve(file));
        bytes[bytes.length / 2] ^= 1;
        Files.write(copy.resolve(file), bytes);

        assertThat(cli.run("verify", copy.toString(), "--trust", lab.certificate().toString(), "--json"))
                .isEqualTo(ExitCode.INTEGRITY_FAILED);
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("intact").asBoolean()).isFalse();
        List<String> failing = new ArrayList<>();
        json.get("failures").forEach(f -> failing.add(f.get("file").asText()));
        if (file.equals("manifest.sha256")) {
            // The changed byte also misdescribes the file on its line; the signature blames the manifest.
            assertThat(failing).contains(file);
        } else {
            assertThat(failing).containsExactly(file);
        }
    }

    @Test
    void missingAndExtraFilesAreNamed() throws Exception {
        Path copy = copyOf(signed, "missing-extra");
        Files.delete(copy.resolve("rig.yaml"));
        Files.writeString(copy.resolve("notes.txt"), "added after the run");

        assertThat(cli.run("verify", copy.toString())).isEqualTo(ExitCode.INTEGRITY_FAILED);
        assertThat(cli.out()).contains("MISSING   rig.yaml: listed in the manifest, not in the folder",
                "EXTRA     notes.txt: in the folder but not in the manifest", "verdict:    NOT INTACT: rig.yaml, notes.txt");
    }

    @Test
    void aReportPdfSentAloneIsMatchedToItsRun() throws Exception {
        Path mailed = Files.createDirectories(dir.resolve("mail")).resolve("report.pdf");
        Files.copy(signed.resolve("report.pdf"), mailed);

        assertThat(cli.run("verify", mailed.toString(), "--runs-dir", runs.toString(), "--trust",
                lab.certificate().toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("run folder: " + signed, "run " + signed.getFileName(),
                ": the archived report of the run's data", "verdict:    INTACT");

        byte[] bytes = Files.readAllBytes(mailed);
        bytes[bytes.length / 3] ^= 1;
        Files.write(mailed, bytes);
        cli.clearOut();
        assertThat(cli.run("verify", mailed.toString(), "--runs-dir", runs.toString())).isEqualTo(ExitCode.INTEGRITY_FAILED);
        assertThat(cli.out()).contains("CHANGED   " + mailed + ": a report of the run's data, but it differs from the"
                + " archived report.pdf", "verdict:    NOT INTACT: " + mailed);

        assertThat(cli.run("verify", signed.resolve("report.pdf").toString())).as(cli.err()).isZero();
        assertThat(cli.run("verify", dir.resolve("sim-robot.yaml").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("not a readable PDF");
    }

    @Test
    void anotherLabsCertificateDoesNotTrustTheSigner() throws Exception {
        TestLab other = TestLab.create(dir.resolve("other-lab"), "Other Lab");

        assertThat(cli.run("verify", signed.toString(), "--trust", other.certificate().toString()))
                .isEqualTo(ExitCode.INTEGRITY_FAILED);
        assertThat(cli.out()).contains("UNTRUSTED manifest.sha256.p7s: the signer's certificate is not the trusted"
                + " certificate (CN=Other Lab Signing,O=Other Lab");
    }

    @Test
    void anUnsignedArchiveIsValidUnlessASignatureIsAskedFor() throws Exception {
        assertThat(unsigned.resolve("manifest.sha256.p7s")).doesNotExist();
        assertThat(cli.run("verify", unsigned.toString())).as(cli.out()).isZero();
        assertThat(cli.out()).contains("signature:  not signed: there is no manifest.sha256.p7s", "verdict:    INTACT");

        cli.clearOut();
        assertThat(cli.run("verify", unsigned.toString(), "--trust", lab.certificate().toString()))
                .isEqualTo(ExitCode.INTEGRITY_FAILED);
        assertThat(cli.out()).contains("MISSING   manifest.sha256.p7s: a signature is required");
    }

    @Test
    void reportNeverRewritesASignedFolderWithoutTheKeyNorFromChangedData() throws Exception {
        Path copy = copyOf(signed, "report-guard");
        byte[] pdf = Files.readAllBytes(copy.resolve("report.pdf"));

        assertThat(cli.run("report", copy.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("is signed by CN=IT Lab Signing,O=IT Lab; rewriting it needs the lab's key");

        Files.writeString(copy.resolve("run.json"), Files.readString(copy.resolve("run.json"))
                .replaceFirst("\"operator\" : \"[^\"]*\"", "\"operator\" : \"someone else\""));
        assertThat(cli.run("report", copy.toString(), "--lab", lab.labFile().toString()))
                .isEqualTo(ExitCode.INTEGRITY_FAILED);
        assertThat(cli.err()).contains("nothing was regenerated", "CHANGED   run.json");
        assertThat(Files.readAllBytes(copy.resolve("report.pdf"))).isEqualTo(pdf);
    }

    /** A copy of a run folder under another parent, keeping the folder's name (the run id). */
    private static Path copyOf(Path run, String parent) throws Exception {
        Path copy = Files.createDirectories(dir.resolve(parent)).resolve(run.getFileName());
        Files.createDirectory(copy);
        try (Stream<Path> files = Files.list(run)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }
}
