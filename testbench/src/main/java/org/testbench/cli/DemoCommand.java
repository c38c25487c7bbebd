package org.testbench.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.RigDefinition;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.sim.robot.SimulatedRobotServer;
import org.testbench.run.RunInputs;
import org.testbench.run.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code testbench demo}: the whole path with nothing to install. Starts the simulated robot and
 * tracker in-process over OPC UA on a free port of 127.0.0.1, runs the ISO 9283 pose procedure
 * with the bundled rig and DUT files, and writes the archive and report.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs ISO 9283 pose accuracy and repeatability against a simulated robot started in-process.",
            "Same as 'testbench sim robot' plus 'testbench run iso9283-pose --rig sim-robot --dut sim-6r-10'."})
final class DemoCommand implements Callable<Integer> {

    /** Runs the simulated robot this much faster than real time, so the 150 moves take seconds. */
    private static final double DEMO_TIME_SCALE = 50;
    private static final String BUNDLED_ENDPOINT = "opc.tcp://127.0.0.1:4840/testbench";

    @Option(names = "--cycles", paramLabel = "N", defaultValue = "30",
            description = "Measuring cycles (ISO 9283: 30; default: ${DEFAULT-VALUE}).")
    private int cycles;

    @Option(names = "--runs-dir", paramLabel = "DIR", defaultValue = "runs",
            description = "Where run archives go (default: ${DEFAULT-VALUE}).")
    private Path runsDir;

    @Mixin
    private SimRobotOptions model;

    @Mixin
    private LabOptions lab;

    @Mixin
    private LanguageOptions language;

    @Mixin
    private OutputOptions output;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        output.applyLogLevel();
        Procedure procedure = ProcedureFile.load("iso9283-pose");
        Parameters parameters = Parameters.bind(procedure.parameters(), Map.of("cycles", String.valueOf(cycles)),
                "--cycles");
        RigDefinition rig = RigFile.load("sim-robot");
        RunInputs bundled = new RunInputs(procedure, parameters, rig,
                DutFile.load("sim-6r-10", ProcedureAnalysis.ratable()));
        bundled.check();
        RunOptions.Builder options = RunOptions.builder().runsDir(runsDir).lab(lab.load()).language(language.load());
        try (SimulatedRobotServer server = SimulatedRobotServer.start(model.config(0, DEMO_TIME_SCALE))) {
            System.err.println("simulated robot and tracker at " + server.endpointUrl());
            RunInputs inputs = new RunInputs(procedure, parameters,
                    rig.withEndpoint(BUNDLED_ENDPOINT, server.endpointUrl()), bundled.dut());
            return RunOnConsole.run(inputs, options, output, spec.commandLine().getOut());
        }
    }
}
