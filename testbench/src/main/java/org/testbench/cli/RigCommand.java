package org.testbench.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.testbench.rigs.RigCheck;
import org.testbench.rigs.RigFile;
import org.testbench.run.archive.ArchiveJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code testbench rig}: the rig as it stands on the bench. */
@Command(name = "rig", mixinStandardHelpOptions = true, subcommands = RigCommand.Check.class,
        description = "Checks a rig file against the devices on the bench.")
final class RigCommand extends CommandGroup {

    /** {@code testbench rig check RIG}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Connects to every device of a rig, reads every signal once and prints a table",
                "(signal, value, unit, status, latency). Commands nothing. Exits 3 naming what failed."})
    static final class Check implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "RIG", description = "A rig file or a bundled rig's name.")
        private String rig;

        @Mixin
        private OutputOptions output;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            output.applyLogLevel();
            List<RigCheck.Reading> readings = RigCheck.run(RigFile.load(rig));
            var out = spec.commandLine().getOut();
            List<RigCheck.Reading> failed = readings.stream().filter(r -> !r.ok()).toList();
            if (output.json()) {
                out.print(ArchiveJson.text(java.util.Map.of("ok", failed.isEmpty(), "readings", readings)));
            } else {
                out.printf(Locale.ROOT, "%-28s %16s %-6s %-20s %-4s %10s  %s%n", "signal", "value", "unit",
                        "safety limits", "ok", "latency", "status");
                for (RigCheck.Reading r : readings) {
                    out.printf(Locale.ROOT, "%-28s %16s %-6s %-20s %-4s %10s  %s%n", r.device() + "." + r.signal(),
                            r.value() == null ? "-" : String.format(Locale.ROOT, "%.6g", r.value()), r.unit(),
                            r.limits().isEmpty() ? "-" : r.limits(), r.ok() ? "yes" : "NO", r.latencyMs() < 0 ? "-" : String.format(Locale.ROOT, "%.1f ms", r.latencyMs()),
                            r.status());
                }
                if (!failed.isEmpty()) {
                    out.println(failed.size() + " of " + readings.size() + " signals failed: " + String.join(", ",
                            failed.stream().map(r -> r.device() + "." + r.signal() + " (" + r.address() + ")").toList()));
                }
            }
            out.flush();
            return failed.isEmpty() ? ExitCode.PASS : ExitCode.RIG_OR_STORE_FAULT;
        }
    }
}
