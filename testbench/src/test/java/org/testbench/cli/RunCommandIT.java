package org.testbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.reports.integrity.Manifest;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.sim.robot.SimulatedRobotServer;
import org.testbench.standards.geometry.Vector3;

/**
 * {@code testbench run} and {@code testbench report} as a user runs them, against the simulated
 * robot over real OPC UA: the archive, the JSON summary, the report, and the regeneration of
 * identical results from the archive.
 */
class RunCommandIT {

    @TempDir
    static Path dir;

    private static SimulatedRobotServer server;
    private static Path rig;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void startTheSimulator() throws Exception {
        server = SimulatedRobotServer.start(SimulatedRobotConfig.builder().port(0)
                .biasMm(new Vector3(0.2, -0.1, 0.05)).sigmaMm(0.01).seed(3).timeScale(200).build());
        String bundled = new String(RunCommandIT.class.getClassLoader().getResourceAsStream("rigs/sim-robot.yaml")
                .readAllBytes(), StandardCharsets.UTF_8);
        rig = dir.resolve("sim-robot.yaml");
        Files.writeString(rig, bundled.replace("opc.tcp://127.0.0.1:4840/testbench", server.endpointUrl()));
    }

    @AfterAll
    static void stopTheSimulator() {
        server.close();
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aRunArchivesEverySampleAndRegeneratesIdenticalResults() throws Exception {
        Path runs = dir.resolve("runs-a");
        int code = run("run", "iso9283-pose", "--rig", rig.toString(), "--dut", "sim-6r-10", "-p", "cycles=5",
                "--runs-dir", runs.toString(), "--json");
        JsonNode summary = new ObjectMapper().readTree(cli.out());
        assertThat(summary.get("state").asText()).as(cli.err()).isEqualTo("COMPLETED");
        // With 5 cycles RPl scatters around 0.036 mm, close to the 0.05 mm rated value: either verdict is
        // honest, and the exit code must say which.
        assertThat(code).isEqualTo(summary.get("verdict").asText().equals("FAIL") ? 1 : 0);
        assertThat(summary.get("results")).hasSize(5 * 11);
        boolean anyFail = false;
        for (JsonNode r : summary.get("results")) {
            if (r.get("limit").isNull()) {
                assertThat(r.get("verdict").asText()).isEqualTo("NOT_EVALUATED");
            } else {
                boolean within = Math.abs(r.get("value").asDouble()) <= r.get("limit").get("maximum").asDouble();
                assertThat(r.get("verdict").asText()).as(r.toString()).isEqualTo(within ? "PASS" : "FAIL");
                anyFail |= !within;
            }
        }
        assertThat(summary.get("verdict").asText()).isEqualTo(anyFail ? "FAIL" : "PASS");
        Path archive = Path.of(summary.get("archive").asText());
        assertThat(archive.getParent()).isEqualTo(runs);

        // 5 poses x 5 cycles x 6 tracker signals, plus the header line.
        List<String> samples = Files.readAllLines(archive.resolve("samples.csv"));
        assertThat(samples).hasSize(1 + 150);
        assertThat(samples.get(1)).contains(",tracker,x,").endsWith("cycle=1;pose=P1;target=P1");
        JsonNode record = new ObjectMapper().readTree(archive.resolve("run.json").toFile());
        assertThat(record.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(record.get("samples").asLong()).isEqualTo(150);
        assertThat(record.get("parameters").get("cycles").asText()).isEqualTo("5");
        assertThat(record.get("rig").get("endpoints").get("robot").asText()).isEqualTo(server.endpointUrl());
        assertThat(Files.readString(archive.resolve("procedure.yaml"))).contains("procedure: iso9283-pose");
        assertManifestMatches(archive);

        String results = Files.readString(archive.resolve("results.json"));
        try (PDDocument pdf = Loader.loadPDF(archive.resolve("report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(summary.get("runId").asText(), "SIM-6R-10", "SIM-LT-0001", "P5", "RPl",
                    summary.get("verdict").asText(), "Deviation");
        }
        assertThat(Files.readString(archive.resolve("report.html")))
                .contains("Deviation from the standard", "cycles = 5, ISO 9283:1998 / GB/T 12642-2013 prescribes 30");

        cli.clearOut();
        Files.delete(archive.resolve("report.pdf"));
        assertThat(run("report", summary.get("runId").asText(), "--runs-dir", runs.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("identical to results.json");
        assertThat(Files.readString(archive.resolve("results.json"))).isEqualTo(results);
        assertThat(archive.resolve("report.pdf")).exists();
        assertManifestMatches(archive);

        // The same archive named by its absolute path regenerates the same results.
        assertThat(run("report", archive.toAbsolutePath().toString())).as(cli.err()).isZero();
        assertThat(Files.readString(archive.resolve("results.json"))).isEqualTo(results);

        // A changed sample no longer matches the manifest: report refuses to overwrite anything.
        List<String> tampered = new java.util.ArrayList<>(samples);
        tampered.set(1, tampered.get(1).replaceFirst(",tracker,x,([0-9.]+),", ",tracker,x,1234.5,"));
        Files.write(archive.resolve("samples.csv"), tampered);
        assertThat(run("report", archive.toString())).isEqualTo(ExitCode.INTEGRITY_FAILED);
        assertThat(cli.err()).contains("does not match its manifest or its signature", "CHANGED   samples.csv");
        // With the (unsigned) manifest made to match, the changed sample still changes the recomputed results.
        Files.writeString(archive.resolve("manifest.sha256"), Files.readString(archive.resolve("manifest.sha256"))
                .replaceFirst("[0-9a-f]{64}  samples.csv", Manifest.sha256(
                        archive.resolve("samples.csv")) + "  samples.csv"));
        assertThat(run("report", archive.toString())).isEqualTo(ExitCode.RIG_OR_STORE_FAULT);
        assertThat(cli.err()).contains("differ from its results.json");
        assertThat(Files.readString(archive.resolve("results.json"))).isEqualTo(results);
    }

    @Test
    void badInputNeverCommandsTheRig() throws Exception {
        long before = server.movesCompleted();
        assertThat(run("run", "iso9283-pose", "--rig", rig.toString(), "--dut", "sim-6r-10", "-p", "plane=C9",
                "--runs-dir", dir.resolve("runs-b").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains("-p plane=C9: expected one of C1-C2-C7-C8");
        assertThat(server.movesCompleted()).isEqualTo(before);
        assertThat(dir.resolve("runs-b")).doesNotExist();
    }

    @Test
    void anAddressTheDeviceDoesNotKnowIsFoundBeforeAnythingMoves() throws Exception {
        Path badStop = dir.resolve("bad-stop.yaml");
        Files.writeString(badStop, Files.readString(rig).replace("ns=2;s=Robot/Stop\"", "ns=2;s=Robot/Stopp\""));
        long before = server.movesCompleted();
        assertThat(run("run", "iso9283-pose", "--rig", badStop.toString(), "--dut", "sim-6r-10", "--runs-dir",
                dir.resolve("runs-d").toString(), "--json")).isEqualTo(ExitCode.RIG_OR_STORE_FAULT);
        assertThat(new ObjectMapper().readTree(cli.out()).get("message").asText())
                .contains("signal robot.stop cannot be read", "ns=2;s=Robot/Stopp");
        assertThat(server.movesCompleted()).isEqualTo(before);
    }

    @Test
    void rigCheckReadsEverySignalOnceAndNamesWhatFailed() throws Exception {
        Path checked = dir.resolve("checked.yaml");
        // A generic device: freely named signals in any unit, here the tracker's X read in metres.
        String text = Files.readString(rig);
        int devicesEnd = text.indexOf("\n# Written after every run's teardown");
        Files.writeString(checked, text.substring(0, devicesEnd) + String.join("\n", "",
                "  probe:", "    type: generic", "    endpoint: " + server.endpointUrl(), "    signals:",
                "      x-in-metres: {address: 'ns=2;s=Tracker/X', unit: m, scale: 0.001}",
                "      override: {address: 'ns=2;s=Robot/SpeedOverride', unit: '%'}", "") + text.substring(devicesEnd));
        long moves = server.movesCompleted();
        assertThat(run("rig", "check", checked.toString(), "--json")).as(cli.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("ok").asBoolean()).isTrue();
        // the robot's 11 signals and 14 optional ones (paths, load, clock), the tracker's 6, the probe's 2
        assertThat(json.get("readings")).hasSize(11 + 14 + 6 + 2);
        JsonNode metres = json.get("readings").get(31);
        assertThat(metres.get("signal").asText()).isEqualTo("x-in-metres");
        assertThat(metres.get("value").asDouble()).isBetween(0.0, 2.0);
        assertThat(metres.get("latencyMs").asDouble()).isPositive();

        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(checked).replace("ns=2;s=Robot/Stop\"", "ns=2;s=Robot/Stopp\""));
        cli.clearOut();
        assertThat(run("rig", "check", broken.toString())).isEqualTo(ExitCode.RIG_OR_STORE_FAULT);
        assertThat(cli.out()).contains("robot.stop", "Bad_NodeIdUnknown",
                "1 of 33 signals failed: robot.stop (ns=2;s=Robot/Stopp)");
        assertThat(server.movesCompleted()).isEqualTo(moves);
    }

    @Test
    void anUnreachableRigIsARigFaultWithAnArchive() throws Exception {
        Path deadRig = dir.resolve("dead.yaml");
        Files.writeString(deadRig, Files.readString(rig).replace(server.endpointUrl(), "opc.tcp://127.0.0.1:9/testbench"));
        Path runs = dir.resolve("runs-c");
        assertThat(run("run", "iso9283-pose", "--rig", deadRig.toString(), "--dut", "sim-6r-10", "--runs-dir",
                runs.toString(), "--json")).isEqualTo(ExitCode.RIG_OR_STORE_FAULT);
        JsonNode summary = new ObjectMapper().readTree(cli.out());
        assertThat(summary.get("state").asText()).isEqualTo("RIG_FAULT");
        assertThat(summary.get("message").asText()).contains("cannot connect", "opc.tcp://127.0.0.1:9/testbench");
        Path archive = Path.of(summary.get("archive").asText());
        assertThat(new ObjectMapper().readTree(archive.resolve("run.json").toFile()).get("state").asText())
                .isEqualTo("RIG_FAULT");
        assertThat(archive.resolve("report.pdf")).exists();
    }

    private static void assertManifestMatches(Path archive) throws Exception {
        List<String> lines = Files.readAllLines(archive.resolve("manifest.sha256"));
        assertThat(lines).extracting(l -> l.substring(66)).containsExactly("dut.yaml", "procedure.yaml", "report.html",
                "report.pdf", "results.json", "rig.yaml", "run.json", "samples.csv");
        for (String line : lines) {
            byte[] bytes = Files.readAllBytes(archive.resolve(line.substring(66)));
            assertThat(line.substring(0, 64)).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
    }
}
