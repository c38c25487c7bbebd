package org.testbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.procedures.execution.Checkpoint;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.execution.RunState;
import org.testbench.protocols.opcua.server.LoopbackServer;
import org.testbench.protocols.opcua.server.LoopbackServerConfig;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.Sample;
import org.testbench.rigs.yaml.InputException;
import org.testbench.run.RunInputs;
import org.testbench.run.RunOptions;
import org.testbench.run.RunSummary;
import org.testbench.run.TestRun;
import org.testbench.run.archive.ArchivedRun;

/**
 * A procedure on generic devices run for real: over OPC UA against {@link DriveBench} it sets
 * values, ramps the load until the input turns, sweeps and measures, dwells two simulated hours on
 * the rig's clock, passes checkpoints, and leaves every reading in the archive, from which
 * {@code testbench report} regenerates the same results.
 */
class GenericProcedureIT {

    private static final String NS = "nsu=" + DriveBench.URI + ";s=";
    private static final String PROCEDURE = String.join("\n",
            "procedure: drive-check",
            "title: Starting torque and stiffness readings of a drive bench",
            "standard: testbench integration test",
            "clauses: ['-']",
            "parameters:",
            "  max-torque: {type: number, unit: Nm, default: 5}",
            "  hours: {type: number, unit: h, default: 2}",
            "  every: {type: number, unit: h, default: 1}",
            "setup:",
            "  - set: {output.enable: 1, output.torque-command: 0 Nm}",
            "main:",
            "  - measure: {signals: [bench.sim-time], series: clock}",
            "  - ramp: {signal: output.torque-command, from: 0, to: $max-torque, step: 0.5 Nm, dwell: 1 s,"
                    + " measure: [output.torque, input.speed], series: start, until: 'input.speed > 1 rpm'}",
            "  - repeat:",
            "      times: $hours / $every",
            "      as: block",
            "      steps:",
            "        - dwell: {duration: $every}",
            "        - for-each:",
            "            values: [10 Nm, 0.5 * $dut.rated-torque]",
            "            as: load",
            "            steps:",
            "              - set: {output.torque-command: $load}",
            "              - measure: {signals: [output.torque, output.angle], samples: 3, interval: 1 min,"
                    + " series: stiffness}",
            "        - checkpoint: {name: block-done}",
            "  - measure: {signals: [bench.sim-time], series: clock}",
            "  - set: {output.torque-command: 0}",
            "  - wait-until: {condition: 'abs(input.speed) < 0.5 rpm', timeout: 1 min}",
            "teardown:",
            "  - set: {output.torque-command: 0, output.enable: 0}",
            "");
    private static final String DUT = "manufacturer: Testbench\nmodel: HD-TEST\nserial: T-1\n"
            + "properties: {rated-torque: 40 Nm, ratio: 100}\n";

    @TempDir
    static Path dir;

    private static LoopbackServer<DriveBench> server;
    private static Path rig;
    private static Path dut;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void startTheBench() throws Exception {
        server = LoopbackServer.start(LoopbackServerConfig.of(DriveBench.URI + ":server", "drive bench"), DriveBench::new);
        rig = dir.resolve("drive-bench.yaml");
        Files.writeString(rig, String.join("\n",
                "rig: drive-bench",
                "description: A drive bench over OPC UA, on its own simulated clock",
                "devices:",
                device("output", "enable: {address: '" + NS + "Output/Enable', unit: '1'}",
                        "torque-command: {address: '" + NS + "Output/TorqueCommand', unit: Nm}",
                        "torque: {address: '" + NS + "Output/Torque', unit: Nm}",
                        "angle: {address: '" + NS + "Output/Angle', unit: deg}"),
                device("input", "speed: {address: '" + NS + "Input/Speed', unit: rpm}"),
                device("bench", "sim-time: {address: '" + NS + "Bench/SimTime', unit: s}"),
                "clock: bench.sim-time", ""));
        dut = dir.resolve("hd-test.yaml");
        Files.writeString(dut, DUT);
    }

    private static String device(String name, String... signals) {
        StringBuilder b = new StringBuilder("  " + name + ":\n    type: generic\n    endpoint: " + server.endpointUrl()
                + "\n    signals:");
        for (String s : signals) {
            b.append("\n      ").append(s);
        }
        return b.toString();
    }

    @AfterAll
    static void stopTheBench() {
        server.close();
    }

    @Test
    void aGenericProcedureRunsOnTheRigsClockAndArchivesEveryReading() throws Exception {
        Path procedureFile = dir.resolve("drive-check.yaml");
        Files.writeString(procedureFile, PROCEDURE);
        Procedure procedure = ProcedureFile.load(procedureFile.toString());
        RunInputs inputs = new RunInputs(procedure, Parameters.bind(procedure.parameters(), Map.of(), "-p"),
                RigFile.load(rig.toString()), DutFile.load(dut.toString(), ProcedureAnalysis.ratable()));
        List<Checkpoint> checkpoints = new ArrayList<>();
        Path runs = dir.resolve("runs");
        RunSummary summary = TestRun.execute(inputs, RunOptions.builder().runsDir(runs).listener(new RunListener() {
            @Override
            public void onCheckpoint(Checkpoint checkpoint) {
                checkpoints.add(checkpoint);
            }
        }).build());

        assertThat(summary.state()).as(summary.message()).isEqualTo(RunState.COMPLETED);
        assertThat(checkpoints).extracting(Checkpoint::context).containsExactly(Map.of("block", "1"),
                Map.of("block", "2"));
        assertThat(server.namespace().enabled()).as("teardown disabled the load").isFalse();
        assertThat(server.namespace().torque()).isZero();

        ArchivedRun archived = ArchivedRun.load(summary.dir());
        // The ramp stops at 2.5 Nm, the first set point at which the input turns: 6 readings of torque and speed.
        List<Sample> start = series(archived, "start");
        assertThat(start).hasSize(6 * 2);
        assertThat(start.get(10).value()).isEqualTo(2.5);
        assertThat(start.get(11).signal()).isEqualTo("speed");
        assertThat(start.get(11).value()).isEqualTo(50.0);
        assertThat(start.get(9).value()).as("no speed at 2 Nm").isZero();
        // 2 blocks x 2 loads x 3 readings of torque and angle, tagged with the loop variables.
        List<Sample> stiffness = series(archived, "stiffness");
        assertThat(stiffness).hasSize(2 * 2 * 3 * 2);
        assertThat(stiffness.get(6).context()).containsExactlyInAnyOrderEntriesOf(Map.of("block", "1", "load", "20",
                "series", "stiffness", "reading", "4"));
        assertThat(stiffness.get(6).value()).isEqualTo(20.0);
        assertThat(stiffness.get(7).value()).isEqualTo(20.0 / 50);
        // Two simulated hours of dwell, six 1 s ramp points and four 2 min measurements lie between the clock readings.
        List<Sample> clock = series(archived, "clock");
        assertThat(clock.get(1).value() - clock.get(0).value()).isGreaterThanOrEqualTo(2 * 3600 + 6 + 4 * 120);
        assertThat(Files.readAllLines(summary.dir().resolve("samples.csv")))
                .contains(String.join(",", stiffness.get(6).time().toString(), "output", "torque", "20.0", "Nm", "true",
                        "block=1;load=20;reading=4;series=stiffness"));

        assertThat(cli.run("report", summary.dir().toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("identical to results.json (0 results");
    }

    @Test
    void aSignalTheRigDoesNotHaveIsBadInputBeforeAnythingConnects() throws Exception {
        Path misspelt = dir.resolve("misspelt.yaml");
        Files.writeString(misspelt, PROCEDURE.replace("[output.torque, output.angle]", "[output.torque, output.angel]"));
        double before = server.namespace().torque();
        assertThat(cli.run("run", misspelt.toString(), "--rig", rig.toString(), "--dut", dut.toString(), "--runs-dir",
                dir.resolve("runs-bad").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains(misspelt + ":24:52: main[2].repeat.steps[1].for-each.steps[1].measure.signals[1]:"
                + " device output of rig drive-bench (" + rig + ") has no signal 'angel' (its signals: enable,"
                + " torque-command, torque, angle)");
        assertThat(server.namespace().torque()).isEqualTo(before);
        assertThat(dir.resolve("runs-bad")).doesNotExist();

        Path noProperty = dir.resolve("no-property.yaml");
        Files.writeString(noProperty, DUT.replace("rated-torque: 40 Nm, ", ""));
        assertThat(cli.run("run", procedureFile(), "--rig", rig.toString(), "--dut", noProperty.toString(),
                "--runs-dir", dir.resolve("runs-bad").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err()).contains(":20:29: main[2].repeat.steps[1].for-each.values[1]: needs DUT property"
                + " 'rated-torque', which the DUT file " + noProperty + " lacks (its properties: ratio)");
    }

    private static String procedureFile() throws Exception {
        Path file = dir.resolve("drive-check-2.yaml");
        Files.writeString(file, PROCEDURE);
        return file.toString();
    }

    private static List<Sample> series(ArchivedRun run, String series) throws InputException {
        return run.samples().stream().filter(s -> series.equals(s.context().get("series"))).toList();
    }
}
