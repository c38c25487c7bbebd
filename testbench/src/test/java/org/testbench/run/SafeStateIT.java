package org.testbench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.procedures.execution.RunState;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.Rig;
import org.testbench.rigs.RigDefinition;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.Sample;
import org.testbench.rigs.sim.reducer.SimulatedReducerConfig;
import org.testbench.rigs.sim.reducer.SimulatedReducerServer;

/**
 * The bundled reducer bench's safe state, written by the runner after the procedure's teardown,
 * lands in the simulator over Modbus even when the procedure's teardown leaves the load on.
 */
class SafeStateIT {

    /** Loads the output with 5 Nm and never takes it off again: only the rig file's safe state does. */
    private static final String CARELESS = String.join("\n",
            "procedure: careless",
            "title: leaves the load on",
            "standard: none",
            "clauses: ['-']",
            "setup:",
            "  - set: {input.enable: 1, input.mode: 0, output.enable: 1, output.torque-command: 5 Nm}",
            "main:",
            "  - measure: {signals: [output.torque, output.angle], samples: 2, interval: 10 ms, series: twist}",
            "");

    @TempDir
    Path dir;

    @Test
    void theRigsSafeStateFollowsATeardownThatForgotIt() throws Exception {
        try (SimulatedReducerServer server = SimulatedReducerServer.start(SimulatedReducerConfig.builder().port(0)
                .build())) {
            RigDefinition rig = RigFile.load("sim-reducer").withEndpoint("modbus-tcp://127.0.0.1:5020", server.endpoint());
            Path file = dir.resolve("careless.yaml");
            Files.writeString(file, CARELESS);
            Procedure procedure = ProcedureFile.load(file.toString());
            RunInputs inputs = new RunInputs(procedure, Parameters.bind(procedure.parameters(), Map.of(), "-p"), rig,
                    DutFile.load("sim-harmonic-100", ProcedureAnalysis.ratable()));

            RunSummary summary = TestRun.execute(inputs, RunOptions.builder().runsDir(dir.resolve("runs")).build());

            assertThat(summary.state()).as(summary.message()).isEqualTo(RunState.COMPLETED);
            try (Rig check = Rig.connect(rig)) {
                List<Sample> output = check.signals("output").read(List.of("torque-command", "enable"));
                List<Sample> input = check.signals("input").read(List.of("torque-command", "speed-command", "enable"));
                assertThat(output).extracting(Sample::value).containsExactly(0.0, 0.0);
                assertThat(input).extracting(Sample::value).containsExactly(0.0, 0.0, 0.0);
            }
            assertThat(server.trueReading().outputTorqueNm()).as("no load on the output any more").isZero();
        }
    }
}
