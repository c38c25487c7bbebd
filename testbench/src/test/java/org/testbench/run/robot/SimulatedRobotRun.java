package org.testbench.run.robot;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.procedures.analysis.PoseMeasurement;
import org.testbench.procedures.analysis.PoseMeasurements;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.sim.robot.ExpectedCharacteristics;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.sim.robot.SimulatedRobotServer;
import org.testbench.run.RunInputs;
import org.testbench.run.RunOptions;
import org.testbench.run.RunSummary;
import org.testbench.run.TestRun;
import org.testbench.run.archive.ArchivedRun;
import org.testbench.standards.Result;

/**
 * One built-in ISO 9283 procedure run for real, as {@code testbench run NAME --rig sim-robot --dut
 * sim-6r-10} runs it: against the simulated robot and tracker over OPC UA on a free loopback port,
 * through the real runner and archive.
 *
 * @param summary      what the runner returned
 * @param archived     the run folder, read back
 * @param measurements the pose measurements the archive holds, in recording order
 * @param expected     the simulator's expected characteristics
 * @param firstMoved   when the robot started its first motion, on the simulator's clock (it drifts from then)
 */
record SimulatedRobotRun(RunSummary summary, ArchivedRun archived, List<PoseMeasurement> measurements,
                         ExpectedCharacteristics expected, Instant firstMoved) {

    private static final String BUNDLED_ENDPOINT = "opc.tcp://127.0.0.1:4840/testbench";

    /**
     * @param runs       where the run folder goes
     * @param procedure  a built-in procedure's name
     * @param config     the simulated robot (its port is replaced by a free one)
     * @param parameters parameter overrides, as {@code -p name=value}
     * @return the run
     * @throws Exception when the run cannot start
     */
    static SimulatedRobotRun of(Path runs, String procedure, SimulatedRobotConfig.Builder config,
                                Map<String, String> parameters) throws Exception {
        try (SimulatedRobotServer server = SimulatedRobotServer.start(config.port(0).build())) {
            Procedure p = ProcedureFile.load(procedure);
            RunInputs inputs = new RunInputs(p, Parameters.bind(p.parameters(), parameters, "-p"),
                    RigFile.load("sim-robot").withEndpoint(BUNDLED_ENDPOINT, server.endpointUrl()),
                    DutFile.load("sim-6r-10", ProcedureAnalysis.ratable()));
            inputs.check();
            RunSummary summary = TestRun.execute(inputs, RunOptions.builder().runsDir(runs).build());
            ArchivedRun archived = ArchivedRun.load(summary.dir());
            return new SimulatedRobotRun(summary, archived, PoseMeasurements.fromSamples(archived.samples()),
                    server.expected(), server.firstMoved());
        }
    }

    /**
     * @param characteristic a result's symbol
     * @return the one result with it
     */
    Result result(String characteristic) {
        List<Result> found = summary.results().stream().filter(r -> r.characteristic().equals(characteristic)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " results " + characteristic + " in " + summary.results());
        }
        return found.get(0);
    }
}
