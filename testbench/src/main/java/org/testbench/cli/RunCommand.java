package org.testbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.RigFile;
import org.testbench.run.RunInputs;
import org.testbench.run.RunOptions;
import org.testbench.run.influx.InfluxTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code testbench run}: runs a procedure on a rig against a DUT. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a procedure on a rig, archives every sample, computes the results and writes the report.",
            "Everything is checked before the rig is connected; bad input exits with 2 and commands nothing.",
            "With --influx, samples and results also stream to InfluxDB; while it is down they wait in "
                + "runs/<run-id>/influx-spool/ (the run goes on), and 'testbench influx flush' sends them later."})
final class RunCommand implements Callable<Integer> {

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "PROCEDURE",
            description = "A built-in procedure (see 'testbench procedures list') or a procedure file.")
    private String procedure;

    @Option(names = "--rig", required = true, paramLabel = "RIG",
            description = "The rig file, or a bundled rig's name (sim-robot).")
    private String rig;

    @Option(names = "--dut", required = true, paramLabel = "DUT",
            description = "The DUT file with the rated values, or a bundled DUT's name (sim-6r-10).")
    private String dut;

    @Option(names = "-p", paramLabel = "NAME=VALUE", description = "Sets a procedure parameter, e.g. -p cycles=10.")
    private Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--runs-dir", paramLabel = "DIR", defaultValue = "runs",
            description = "Where run archives go (default: ${DEFAULT-VALUE}).")
    private Path runsDir;

    @Option(names = "--operator", paramLabel = "NAME", description = "Who runs the test (default: the login name).")
    private String operator;

    @Option(names = "--client", paramLabel = "NAME",
            description = "Who commissioned the test, for the report's cover (default: not stated).")
    private String client;

    @Mixin
    private InfluxOptions influx;

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
        Procedure p = ProcedureFile.load(procedure);
        RunInputs inputs = new RunInputs(p, Parameters.bind(p.parameters(), parameters, "-p"), RigFile.load(rig),
                DutFile.load(dut, ProcedureAnalysis.ratable()));
        inputs.check();
        InfluxTarget target = influx.target();
        if (target != null && target.token() != null) {
            target.token().resolve();
        }
        SpoolReminder.warn(runsDir, spec.commandLine().getErr());
        RunOptions.Builder options = RunOptions.builder().runsDir(runsDir).lab(lab.load()).language(language.load())
                .client(client);
        if (operator != null) {
            options.operator(operator);
        }
        options.influx(target);
        return RunOnConsole.run(inputs, options, output, spec.commandLine().getOut());
    }
}
