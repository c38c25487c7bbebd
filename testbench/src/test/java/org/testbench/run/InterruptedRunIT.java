package org.testbench.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.procedures.execution.RunListener;
import org.testbench.procedures.execution.RunState;
import org.testbench.procedures.execution.StepStart;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.sim.robot.SimulatedRobotServer;

/**
 * An interrupted run (what Ctrl-C does) ends with the robot stopped, as the simulator observes,
 * and an archive that keeps every sample taken before the interruption.
 */
class InterruptedRunIT {

    @TempDir
    Path runs;

    @Test
    void interruptionRunsTeardownAndKeepsTheSamples() throws Exception {
        try (SimulatedRobotServer server = SimulatedRobotServer.start(SimulatedRobotConfig.builder().port(0)
                .sigmaMm(0.01).seed(5).timeScale(20).build())) {
            Procedure procedure = ProcedureFile.load("iso9283-pose");
            RunInputs inputs = new RunInputs(procedure, Parameters.bind(procedure.parameters(), Map.of(), "-p"),
                    RigFile.load("sim-robot").withEndpoint("opc.tcp://127.0.0.1:4840/testbench", server.endpointUrl()),
                    DutFile.load("sim-6r-10", ProcedureAnalysis.ratable()));
            CountDownLatch tenSteps = new CountDownLatch(10);
            RunListener counter = new RunListener() {
                @Override
                public void onStepStart(StepStart step) {
                    tenSteps.countDown();
                }
            };
            AtomicReference<RunSummary> summary = new AtomicReference<>();
            Thread run = new Thread(() -> {
                try {
                    summary.set(TestRun.execute(inputs, RunOptions.builder().runsDir(runs).listener(counter).build()));
                } catch (java.io.IOException | org.testbench.rigs.yaml.InputException e) {
                    throw new IllegalStateException(e);
                }
            });
            run.start();
            assertThat(tenSteps.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(server.stopped()).isFalse();
            run.interrupt();
            run.join(30_000);

            assertThat(summary.get().state()).isEqualTo(RunState.INTERRUPTED);
            assertThat(summary.get().results()).isEmpty();
            assertThat(server.stopped()).as("teardown's stop-robot reached the controller").isTrue();
            Path archive = summary.get().dir();
            var record = new ObjectMapper().readTree(archive.resolve("run.json").toFile());
            assertThat(record.get("state").asText()).isEqualTo("INTERRUPTED");
            List<String> samples = Files.readAllLines(archive.resolve("samples.csv"));
            assertThat(samples.size() - 1).isEqualTo(record.get("samples").asInt()).isPositive().isLessThan(900);
            assertThat((samples.size() - 1) % 6).isZero();
        }
    }
}
