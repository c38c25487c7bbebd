package org.testbench.cli;

import java.net.URI;
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
import org.testbench.rigs.yaml.InputException;
import org.testbench.run.RunInputs;
import org.testbench.run.RunOptions;
import org.testbench.run.influx.InfluxTarget;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code testbench run}: runs a procedure on a rig against a DUT. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a procedure on a rig, archives every sample, computes the results and writes the report.",
            "Everything is checked before the rig is connected; bad input exits with 2 and commands nothing."})
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

    @ArgGroup(exclusive = false)
    private InfluxOptions influx;

    @Mixin
    private LabOptions lab;

    @Mixin
    private LanguageOptions language;

    @Mixin
    private OutputOptions output;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /** {@code --influx URL --influx-db NAME}, given together. */
    static final class InfluxOptions {
        @Option(names = "--influx", required = true, paramLabel = "URL",
                description = "InfluxDB 1.x HTTP API to stream samples and results to, e.g. http://127.0.0.1:8086.")
        private URI url;

        @Option(names = "--influx-db", required = true, paramLabel = "NAME", description = "The InfluxDB database.")
        private String database;
    }

    @Override
    public Integer call() throws Exception {
        output.applyLogLevel();
        Procedure p = ProcedureFile.load(procedure);
        RunInputs inputs = new RunInputs(p, Parameters.bind(p.parameters(), parameters, "-p"), RigFile.load(rig),
                DutFile.load(dut, ProcedureAnalysis.ratable()));
        inputs.check();
        RunOptions.Builder options = RunOptions.builder().runsDir(runsDir).lab(lab.load()).language(language.load());
        if (operator != null) {
            options.operator(operator);
        }
        if (influx != null) {
            String scheme = influx.url.getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme) || influx.url.getHost() == null) {
                throw new InputException("--influx " + influx.url, null, "expected an http:// or https:// URL");
            }
            options.influx(new InfluxTarget(influx.url, influx.database));
        }
        return RunOnConsole.run(inputs, options, output, spec.commandLine().getOut());
    }
}
