package org.testbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags and input files are checked before anything connects: bad input exits with 2 and says where. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : new String[][] {{"--help"}, {"demo", "--help"}, {"run", "--help"}, {"report", "--help"},
            {"verify", "--help"}, {"sim", "robot", "--help"}, {"procedures", "list", "--help"}}) {
            assertThat(run(args)).as(String.join(" ", args)).isZero();
        }
        assertThat(cli.out()).contains("Exit codes:", "130", "--bias-mm", "--influx-db", "-p=NAME=VALUE", "--lab=FILE",
                "--trust=CERT", "5     a run folder does not match its manifest or signature");
    }

    @Test
    void anUnknownFlagOrMissingCommandIsBadInput() {
        assertThat(run("run", "iso9283-pose", "--rig", "sim-robot", "--dut", "sim-6r-10", "--cylces", "3")).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown options: '--cylces'");
        assertThat(run()).isEqualTo(2);
        assertThat(run("run", "iso9283-pose", "--dut", "sim-6r-10")).isEqualTo(2);
        assertThat(cli.err()).contains("Missing required option: '--rig=RIG'");
    }

    @Test
    void aBadParameterNamesTheFlag() {
        assertThat(run("run", "iso9283-pose", "--rig", "sim-robot", "--dut", "sim-6r-10", "-p", "cycles=1")).isEqualTo(2);
        assertThat(cli.err()).contains("error: -p cycles=1: must lie in [2, 10000], found 1");
    }

    @Test
    void aCubeOutsideTheRobotsWorkspaceIsRejectedBeforeConnecting() {
        assertThat(run("run", "iso9283-pose", "--rig", "sim-robot", "--dut", "sim-6r-10", "-p", "cube-centre=1300,0,800",
                "--runs-dir", dir.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("error: classpath:procedures/iso9283-pose.yaml: poses: commanded P3 (1460.000,"
                + " -160.000, 640.000 mm; 180.000, 0.000, 0.000 deg) lies outside the workspace of robot in"
                + " classpath:rigs/sim-robot.yaml (min (-1400.000, -1400.000, 0.000), max (1400.000, 1400.000, 1800.000) mm)");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aBadRigFileNamesFileLineAndField() throws Exception {
        Path rig = dir.resolve("rig.yaml");
        Files.writeString(rig, "rig: r\ndevices:\n  arm:\n    type: robott\n");
        assertThat(run("run", "iso9283-pose", "--rig", rig.toString(), "--dut", "sim-6r-10")).isEqualTo(2);
        assertThat(cli.err()).contains("error: " + rig + ":4:11: devices.arm.type: unknown device type 'robott'");
    }

    @Test
    void aBadProcedureFileNamesFileLineAndField() throws Exception {
        Path procedure = dir.resolve("p.yaml");
        Files.writeString(procedure, "procedure: p\ntitle: t\nstandard: s\nclauses: [x]\nmain:\n  - wiggle: {}\n");
        assertThat(run("run", procedure.toString(), "--rig", "sim-robot", "--dut", "sim-6r-10")).isEqualTo(2);
        assertThat(cli.err()).contains("error: " + procedure + ":6:5: main[0]: unknown step type 'wiggle'");
    }

    @Test
    void aRigWithoutTheNeededDevicesIsRejectedBeforeConnecting() throws Exception {
        Path rig = dir.resolve("rig.yaml");
        Files.writeString(rig, String.join("\n", "rig: trackers-only", "devices:", "  lt:", "    type: pose-tracker",
                "    endpoint: opc.tcp://127.0.0.1:1/none", "    signals:",
                "      x: {address: 'ns=2;s=X', unit: mm}", "      y: {address: 'ns=2;s=Y', unit: mm}", "      z: {address: 'ns=2;s=Z', unit: mm}",
                "      a: {address: 'ns=2;s=A', unit: deg}", "      b: {address: 'ns=2;s=B', unit: deg}", "      c: {address: 'ns=2;s=C', unit: deg}", ""));
        assertThat(run("run", "iso9283-pose", "--rig", rig.toString(), "--dut", "sim-6r-10")).isEqualTo(2);
        assertThat(cli.err()).contains("error: " + rig + ": devices: procedure iso9283-pose needs exactly one robot,"
                + " the rig has none");
    }

    @Test
    void badSimulatorOrInfluxFlagsAreBadInput() {
        assertThat(run("demo", "--sigma-mm", "-1", "--runs-dir", dir.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("error: simulator options:");
        assertThat(run("run", "iso9283-pose", "--rig", "sim-robot", "--dut", "sim-6r-10", "--influx", "ftp://x",
                "--influx-db", "lab", "--runs-dir", dir.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("error: --influx ftp://x: expected an http:// or https:// URL");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aMissingRunIsBadInputForReport() {
        assertThat(run("report", "no-such-run", "--runs-dir", dir.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("error: " + dir.resolve("no-such-run") + ": no such run folder");
    }

    @Test
    void aBadLabFileIsBadInputBeforeTheRigIsConnected() throws Exception {
        Path lab = Files.writeString(dir.resolve("lab.yaml"), "lab: L\naddress: A\ndecision-rule: guard-band\n");
        assertThat(run("run", "iso9283-pose", "--rig", "sim-robot", "--dut", "sim-6r-10", "--lab", lab.toString(),
                "--runs-dir", dir.resolve("runs").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("error: " + lab + ":3:16: decision-rule: a guard band needs its factor");
        assertThat(dir.resolve("runs")).doesNotExist();
    }

    @Test
    void verifyNamesWhatItCannotFindOrRead() throws Exception {
        assertThat(run("verify", "no-such-run", "--runs-dir", dir.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("error: no-such-run: no such run folder, run id (in " + dir + ") or report PDF");
        Path notACertificate = Files.writeString(dir.resolve("lab.crt"), "not a certificate");
        assertThat(run("verify", dir.toString(), "--trust", notACertificate.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("error: --trust " + notACertificate + ": not an X.509 certificate (PEM or DER)");
    }

    @Test
    void proceduresListAndShow() {
        assertThat(run("procedures", "list")).isZero();
        assertThat(run("procedures", "show", "iso9283-pose")).isZero();
    }
}
