package org.testbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.testbench.rigs.yaml.InputException;
import org.testbench.run.archive.ArchiveJson;
import org.testbench.run.influx.InfluxEndpoint;
import org.testbench.run.influx.InfluxSpool;
import org.testbench.run.influx.InfluxTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code testbench influx}: what to do with a run's InfluxDB spool. */
@Command(name = "influx", mixinStandardHelpOptions = true,
        description = "InfluxDB: send points a run left spooled while the server was down.",
        subcommands = InfluxCommand.Flush.class)
final class InfluxCommand extends CommandGroup {

    /** {@code testbench influx flush RUN}: replays a run's spool, oldest first. */
    @Command(name = "flush", mixinStandardHelpOptions = true,
            description = {"Sends the points a run left in runs/<run-id>/influx-spool/ to InfluxDB, oldest first, "
                + "deleting each batch once the server has accepted it.",
                "Sending a batch twice is harmless: the same points overwrite themselves.",
                "The server is the one in the run's influx.json unless --influx and its flags name another; the "
                + "token comes from --influx-token-env or --influx-token-file (default for 2.x/3.x: INFLUX_TOKEN).",
                "Exit 0 when nothing is left spooled, 3 when the server stopped answering."})
    static final class Flush implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "RUN", description = "A run id (a folder of --runs-dir) or a run folder's path.")
        private String run;

        @Option(names = "--runs-dir", paramLabel = "DIR", defaultValue = "runs",
                description = "Where run archives are (default: ${DEFAULT-VALUE}).")
        private Path runsDir;

        @Mixin
        private InfluxOptions influx;

        @Mixin
        private OutputOptions output;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            output.applyLogLevel();
            Path dir = Files.isDirectory(Path.of(run)) ? Path.of(run) : runsDir.resolve(run);
            if (!Files.isDirectory(dir)) {
                throw new InputException(dir.toString(), null, "no such run folder");
            }
            InfluxTarget target = influx.targetFor(dir);
            InfluxSpool spool = InfluxSpool.open(dir.resolve(InfluxSpool.FOLDER));
            InfluxSpool.Replay replay;
            try (InfluxEndpoint endpoint = InfluxEndpoint.open(target, Duration.ofSeconds(30))) {
                replay = spool.sendTo(endpoint);
            }
            var out = spec.commandLine().getOut();
            if (output.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("run", dir.toString());
                json.put("target", target.toString());
                json.put("sent", replay.sent());
                json.put("rejected", replay.rejected());
                json.put("remaining", replay.remaining());
                json.put("failure", replay.failure());
                out.print(ArchiveJson.text(json));
            } else {
                out.println(replay.sent() + " spooled points sent to " + target + "; " + replay.remaining()
                        + " remain spooled" + (replay.rejected() == 0 ? "" : "; " + replay.rejected()
                        + " refused for good, kept in " + spool.dir().resolve("rejected")));
            }
            out.flush();
            if (replay.remaining() > 0) {
                spec.commandLine().getErr().println("store fault: " + replay.failure());
                return ExitCode.RIG_OR_STORE_FAULT;
            }
            return ExitCode.PASS;
        }
    }
}
