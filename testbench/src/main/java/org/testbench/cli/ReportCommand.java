package org.testbench.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.testbench.procedures.execution.RunState;
import org.testbench.rigs.yaml.InputException;
import org.testbench.run.archive.ArchiveJson;
import org.testbench.run.archive.ArchivedRun;
import org.testbench.run.archive.ResultsDocument;
import org.testbench.run.archive.RunArchive;
import org.testbench.run.influx.InfluxSamples;
import org.testbench.run.influx.InfluxTarget;
import org.testbench.run.offline.OfflineAnalysis;
import org.testbench.run.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code testbench report}: recomputes a run's results from its archived samples and files, checks
 * they equal the run's results.json byte for byte, and writes the report again.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Regenerates a run's report from its archive (runs/<run-id>/).",
            "The results are recomputed from the archived samples (or, with --from influx, from the samples "
                + "InfluxDB holds for the run) and must equal the run's results.json byte for byte; "
                + "if they do not, nothing is overwritten and the command exits with 3.",
            "With --from influx the server is the one in the run's influx.json unless --influx names another."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN", description = "A run id (a folder of --runs-dir) or a run folder's path.")
    private String run;

    @Option(names = "--runs-dir", paramLabel = "DIR", defaultValue = "runs",
            description = "Where run archives are (default: ${DEFAULT-VALUE}).")
    private Path runsDir;

    /** Where the samples to recompute from come from. */
    enum Source { archive, influx }

    @Option(names = "--from", paramLabel = "SOURCE", defaultValue = "archive",
            description = "Recompute from the archive's samples.csv or from InfluxDB: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    private Source from;

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
        Path resultsFile = dir.resolve("results.json");
        boolean offline = Files.exists(dir.resolve("analysis.json"));
        ArchivedRun archived = offline ? null : ArchivedRun.load(dir);
        var err = spec.commandLine().getErr();
        long spooled = SpoolReminder.warnRun(dir, err);
        String source = "the archive";
        if (from == Source.influx) {
            if (offline) {
                throw new InputException(dir.toString(), "--from", "an offline analysis has no samples in InfluxDB");
            }
            if (spooled > 0) {
                err.println("store fault: InfluxDB lacks the spooled points of this run; flush them first");
                return ExitCode.RIG_OR_STORE_FAULT;
            }
            InfluxTarget target = influx.targetFor(dir);
            try {
                archived = archived.withSamples(InfluxSamples.read(target, archived.record().runId(),
                        Duration.ofSeconds(60)));
            } catch (IllegalStateException e) {
                err.println("store fault: " + e.getMessage());
                return ExitCode.RIG_OR_STORE_FAULT;
            }
            source = target.toString();
        }
        if (!Files.exists(resultsFile)) {
            throw new InputException(resultsFile.toString(), null, "missing: the run did not finish"
                    + (archived == null ? "" : " (state " + archived.record().state() + "); its samples are in samples.csv"));
        }
        ResultsDocument results;
        try {
            results = offline ? OfflineAnalysis.recompute(dir)
                    : archived.record().state() == RunState.COMPLETED ? RunReport.analyze(archived)
                    : ArchiveJson.read(resultsFile, ResultsDocument.class);
        } catch (IllegalArgumentException e) {
            throw new InputException(dir.resolve("samples.csv").toString(), null, "cannot be analysed: " + e.getMessage());
        }
        if (!ArchiveJson.text(results).equals(Files.readString(resultsFile, StandardCharsets.UTF_8))) {
            err.println(from == Source.influx
                    ? "error: results recomputed from " + source + " differ from the results.json of " + dir
                            + "; nothing was overwritten"
                    : "error: results recomputed from " + dir
                            + " differ from its results.json; the archive is inconsistent, nothing was overwritten");
            return ExitCode.RIG_OR_STORE_FAULT;
        }
        List<Path> reports;
        if (offline) {
            reports = OfflineAnalysis.rewriteReport(dir);
        } else {
            reports = RunReport.write(archived, results);
            RunArchive.writeManifest(dir);
        }
        var out = spec.commandLine().getOut();
        if (output.json()) {
            out.print(ArchiveJson.text(java.util.Map.of("runId", results.runId(), "verdict", results.verdict(),
                    "resultsIdentical", true, "from", source, "reports", reports.stream().map(Object::toString).toList())));
        } else {
            out.println("results recomputed from " + source + ": identical to results.json (" + results.results().size()
                    + " results, verdict " + results.verdict() + ")");
            reports.forEach(r -> out.println("report: " + r));
        }
        out.flush();
        return ExitCode.PASS;
    }
}
