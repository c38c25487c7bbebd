package org.testbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.testbench.lab.LabConfig;
import org.testbench.procedures.execution.RunState;
import org.testbench.reports.ReportFiles;
import org.testbench.reports.ReportLanguage;
import org.testbench.reports.integrity.ArchiveVerification;
import org.testbench.reports.integrity.FileCheck;
import org.testbench.reports.integrity.Manifest;
import org.testbench.reports.integrity.SignatureCheck;
import org.testbench.reports.integrity.SigningKey;
import org.testbench.reports.model.DraftReason;
import org.testbench.rigs.Sample;
import org.testbench.rigs.yaml.InputException;
import org.testbench.run.archive.ArchiveJson;
import org.testbench.run.archive.ArchiveSeal;
import org.testbench.run.archive.ArchivedRun;
import org.testbench.run.archive.ResultsDocument;
import org.testbench.run.archive.RunRecord;
import org.testbench.run.archive.SignOffRecord;
import org.testbench.run.influx.InfluxSamples;
import org.testbench.run.influx.InfluxTarget;
import org.testbench.run.offline.OfflineAnalysis;
import org.testbench.run.report.RunAnalysis;
import org.testbench.run.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code testbench report}: recomputes a run's results from its archived samples and files, checks
 * they equal the run's results.json byte for byte, and writes the report again.
 *
 * <p>Before anything is written, every file but the reports must match the folder's manifest, and its
 * signature, if any, must hold: a report is never regenerated (and signed again) from data that
 * changed after the run. A signed folder is only rewritten with the lab's key at hand.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Regenerates a run's report from its archive (runs/<run-id>/).",
            "Every file but the reports must match the manifest (else exit 5), and the results",
            "recomputed from the archived samples (or, with --from influx, from the samples InfluxDB",
            "holds for the run) must equal results.json (else exit 3); otherwise nothing is",
            "overwritten. The same archive always gives the same report, byte for byte: in the",
            "language the run was written in, unless --lang asks for another.",
            "A signed folder is only rewritten with the lab's key (--lab), and is signed again.",
            "With --from influx the server is the one in the run's influx.json unless --influx names another."})
final class ReportCommand implements Callable<Integer> {

    /** The files this command rewrites; the verification before it may find them changed or missing. */
    private static final List<String> REPORTS = List.of(ReportFiles.HTML, ReportFiles.PDF);

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

    @Option(names = "--reviewed-by", paramLabel = "NAME",
            description = "Signs the report as reviewed by NAME, today (UTC); kept in signoff.json.")
    private String reviewedBy;

    @Option(names = "--approved-by", paramLabel = "NAME",
            description = "Signs the report as approved by NAME, today (UTC). Refused for a draft (an instrument "
                    + "past its calibration, an example limit), a run that did not complete, or one not reviewed.")
    private String approvedBy;

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
        Path dir = Files.isDirectory(Path.of(run)) ? Path.of(run) : runsDir.resolve(run);
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), null, "no such run folder");
        }
        LabConfig labConfig = lab.load();
        ReportLanguage reportLanguage = language.loadOr(recordedLanguage(dir));
        SigningKey key = labConfig == null ? null : labConfig.signingKey();
        List<FileCheck> broken = checkIntegrity(dir, key);
        if (!broken.isEmpty()) {
            var err = spec.commandLine().getErr();
            err.println("error: " + dir + " does not match its manifest or its signature; nothing was regenerated:");
            VerifyCommand.printChecks(broken, err);
            err.flush();
            return ExitCode.INTEGRITY_FAILED;
        }
        Path resultsFile = dir.resolve("results.json");
        boolean offline = Files.exists(dir.resolve("analysis.json"));
        ArchivedRun archived = offline ? null : ArchivedRun.load(dir);
        var err = spec.commandLine().getErr();
        long spooled = SpoolReminder.warnRun(dir, err);
        String source = "the archive";
        List<Sample> influxSamples = null;
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
                influxSamples = InfluxSamples.read(target, archived.record().runId(), Duration.ofSeconds(60));
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
        RunAnalysis analysis;
        try {
            analysis = offline ? RunAnalysis.withoutFigures(OfflineAnalysis.recompute(dir))
                    : archived.record().state() == RunState.COMPLETED
                    ? RunReport.analyze(archived, influxSamples != null ? influxSamples : archived.samples(),
                            ArchiveJson.read(resultsFile, ResultsDocument.class).decisionRule())
                    : RunAnalysis.withoutFigures(ArchiveJson.read(resultsFile, ResultsDocument.class));
        } catch (IllegalArgumentException e) {
            throw new InputException(dir.resolve("samples.csv").toString(), null, "cannot be analysed: " + e.getMessage());
        }
        influxSamples = null; // analysed: a long run's samples need not stay in memory while the report prints
        ResultsDocument results = analysis.results();
        if (!ArchiveJson.text(results).equals(Files.readString(resultsFile, StandardCharsets.UTF_8))) {
            err.println(from == Source.influx
                    ? "error: results recomputed from " + source + " differ from the results.json of " + dir
                            + "; nothing was overwritten"
                    : "error: results recomputed from " + dir
                            + " differ from its results.json; the archive is inconsistent, nothing was overwritten");
            return ExitCode.RIG_OR_STORE_FAULT;
        }
        if (reviewedBy != null || approvedBy != null) {
            if (offline) {
                throw new InputException(dir.toString(), "--reviewed-by/--approved-by",
                        "an offline analysis is not a test report that is signed off");
            }
            signOff(archived, analysis, reportLanguage);
        }
        List<Path> reports = offline ? OfflineAnalysis.rewriteReport(dir, reportLanguage)
                : RunReport.write(archived, analysis, reportLanguage);
        boolean signed = ArchiveSeal.seal(dir, key);
        print(results, reports, signed, source);
        return ExitCode.PASS;
    }

    /**
     * Records the review and the approval asked for in signoff.json, after checking the report may
     * be approved: nothing keeps it a draft, the run completed, and it has been reviewed.
     */
    private void signOff(ArchivedRun archived, RunAnalysis analysis, ReportLanguage reportLanguage)
            throws InputException, IOException {
        Path dir = archived.dir();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        SignOffRecord signOffs = SignOffRecord.read(dir);
        if (reviewedBy != null) {
            signOffs = signOffs.reviewed(requireName("--reviewed-by", reviewedBy), today);
        }
        if (approvedBy != null) {
            List<DraftReason> draft = RunReport.data(archived, analysis, reportLanguage).draftReasons();
            if (!draft.isEmpty()) {
                throw new InputException(dir.toString(), "--approved-by", "the report is a draft and cannot be approved: "
                        + String.join("; ", draft.stream().map(DraftReason::describe).toList()));
            }
            if (archived.record().state() != RunState.COMPLETED) {
                throw new InputException(dir.toString(), "--approved-by", "the run did not complete ("
                        + archived.record().state() + "): its report cannot be approved");
            }
            if (signOffs.reviewedBy() == null) {
                throw new InputException(dir.toString(), "--approved-by",
                        "the report has not been reviewed: sign it with --reviewed-by first (or in the same command)");
            }
            signOffs = signOffs.approved(requireName("--approved-by", approvedBy), today);
        }
        signOffs.write(dir);
    }

    private static String requireName(String option, String name) throws InputException {
        if (name.isBlank()) {
            throw new InputException(option, null, "a sign-off needs a name");
        }
        return name.strip();
    }

    /** The language a live run's report was written in; an offline analysis' reports are English unless asked. */
    private static String recordedLanguage(Path dir) throws InputException {
        Path record = dir.resolve("run.json");
        return Files.exists(record) && !Files.exists(dir.resolve("analysis.json"))
                ? ArchiveJson.read(record, RunRecord.class).language() : null;
    }

    /**
     * @return the files other than the reports that fail verification; empty for a folder without a
     *     manifest (nothing to check against)
     * @throws IOException    when a file cannot be read
     * @throws InputException when the folder is signed and there is no key to sign it again
     */
    private static List<FileCheck> checkIntegrity(Path dir, SigningKey key) throws IOException, InputException {
        if (!Files.exists(dir.resolve(Manifest.FILE))) {
            return List.of();
        }
        ArchiveVerification verification = ArchiveVerification.of(dir, key == null ? null : key.certificate(), false);
        List<FileCheck> broken = verification.failures().stream().filter(f -> !REPORTS.contains(f.file())).toList();
        if (broken.isEmpty() && key == null && verification.signature().status() != SignatureCheck.Status.NOT_SIGNED) {
            throw new InputException(dir.toString(), null, "is signed by " + verification.signature().signer().subject()
                    + "; rewriting it needs the lab's key to sign it again: give --lab FILE or set "
                    + LabOptions.ENVIRONMENT);
        }
        return broken;
    }

    private void print(ResultsDocument results, List<Path> reports, boolean signed, String source) {
        var out = spec.commandLine().getOut();
        if (output.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("runId", results.runId());
            json.put("verdict", results.verdict());
            json.put("resultsIdentical", true);
            json.put("from", source);
            json.put("reports", reports.stream().map(Object::toString).toList());
            json.put("signed", signed);
            out.print(ArchiveJson.text(json));
        } else {
            out.println("results recomputed from " + source + ": identical to results.json (" + results.results().size()
                    + " results, verdict " + results.verdict() + ")");
            reports.forEach(r -> out.println("report: " + r));
            out.println(signed ? "signed:  " + Manifest.SIGNATURE : "not signed: no lab signing key given");
        }
        out.flush();
    }
}
