package org.testbench.run.offline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.testbench.procedures.analysis.PoseAnalysis;
import org.testbench.procedures.analysis.PoseScatterFigures;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.reports.ReportFiles;
import org.testbench.reports.ReportLabel;
import org.testbench.reports.ReportLanguage;
import org.testbench.reports.integrity.Manifest;
import org.testbench.reports.integrity.SigningKey;
import org.testbench.reports.model.Certification;
import org.testbench.reports.model.Condition;
import org.testbench.reports.model.DutSummary;
import org.testbench.reports.model.ProcedureSummary;
import org.testbench.reports.model.ReportData;
import org.testbench.reports.model.RigSummary;
import org.testbench.reports.model.SignOff;
import org.testbench.rigs.Dut;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.run.SoftwareVersion;
import org.testbench.run.archive.ArchiveJson;
import org.testbench.run.archive.ResultsDocument;
import org.testbench.run.archive.ArchiveSeal;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;
import org.testbench.standards.Verdict;
import org.testbench.standards.iso9283.Iso9283;

/**
 * ISO 9283 pose accuracy and repeatability from a tracker's own CSV export, for labs that measure
 * with their tracker's software. It writes a folder like a run's: copies of the inputs
 * ({@code measured.csv}, {@code commanded.csv}, {@code dut.yaml}, {@code format.yaml}),
 * {@code analysis.json}, the same {@code results.json} and report as a live run, and the
 * manifest. What the data does not allow (AP without commanded poses, orientation without a, b, c)
 * is not computed, and the report says so.
 */
public final class OfflineAnalysis {

    /** The procedure name the results and report carry. */
    public static final String NAME = "iso9283-pose-offline";
    private static final String TITLE = "Pose accuracy and pose repeatability (offline analysis of tracker data)";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private OfflineAnalysis() {
    }

    /**
     * What an analysis produced.
     *
     * @param dir         its folder
     * @param results     its results document
     * @param notComputed what could not be computed, and why
     * @param reports     the report files
     */
    public record Outcome(Path dir, ResultsDocument results, List<String> notComputed, List<Path> reports) {
    }

    /**
     * Reads the files, analyses and writes the folder.
     *
     * @param measured  the measured-points export
     * @param commanded the commanded-poses export, or null
     * @param dut       a DUT file path or bundled name, or null
     * @param format    the CSV layout
     * @param runsDir   where the folder goes
     * @param operator  who runs the analysis
     * @param key       the lab's key to sign the folder with, or null
     * @param language  the language of the report's labels
     * @return the outcome
     * @throws InputException when a file is missing or malformed (nothing is written then)
     * @throws IOException    when the folder cannot be written
     */
    public static Outcome run(Path measured, Path commanded, String dut, TrackerCsvFormat format, Path runsDir,
                              String operator, SigningKey key, ReportLanguage language)
            throws InputException, IOException {
        TrackerCsv.measured(measured, format);
        if (commanded != null) {
            TrackerCsv.commanded(commanded, format);
        }
        Dut dutFile = dut == null ? null : DutFile.load(dut, ProcedureAnalysis.ratable());
        Instant created = Instant.now();
        String id = ID_TIME.format(created) + "-" + NAME + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        Path dir = runsDir.resolve(id);
        Files.createDirectories(runsDir);
        Files.createDirectory(dir);
        try {
            Files.copy(measured, dir.resolve("measured.csv"), StandardCopyOption.COPY_ATTRIBUTES);
            if (commanded != null) {
                Files.copy(commanded, dir.resolve("commanded.csv"), StandardCopyOption.COPY_ATTRIBUTES);
            }
            if (dutFile != null) {
                Files.writeString(dir.resolve("dut.yaml"), dutFile.text(), StandardCharsets.UTF_8);
            }
            Files.writeString(dir.resolve("format.yaml"), format.toMappingFile(), StandardCharsets.UTF_8);
            Analysed analysed = analyse(dir);
            AnalysisRecord record = new AnalysisRecord(id, SoftwareVersion.current(), operator, created,
                    ref(measured), commanded == null ? null : ref(commanded),
                    dutFile == null ? null : new AnalysisRecord.FileRef(dutFile.file(), dutFile.sha256()),
                    Manifest.sha256(dir.resolve("format.yaml")), analysed.outcome.notComputed());
            Files.writeString(dir.resolve("analysis.json"), ArchiveJson.text(record), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("results.json"), ArchiveJson.text(analysed.results), StandardCharsets.UTF_8);
            List<Path> reports = ReportFiles.write(report(record, analysed, language), language, dir);
            return new Outcome(dir, analysed.results, analysed.outcome.notComputed(), reports);
        } finally {
            ArchiveSeal.seal(dir, key);
        }
    }

    /**
     * Recomputes an analysis from its folder's copies, as {@code testbench report} does for runs.
     *
     * @param dir an analysis folder
     * @return the recomputed results (the caller compares them with results.json)
     * @throws InputException when a copy is missing or malformed
     */
    public static ResultsDocument recompute(Path dir) throws InputException {
        return analyse(dir).results;
    }

    /**
     * Rewrites an analysis folder's report from its copies; the caller seals the folder again.
     *
     * @param dir      an analysis folder
     * @param language the language of the report's labels
     * @return the report files
     * @throws InputException when a copy is missing or malformed
     * @throws IOException    when the report cannot be written
     */
    public static List<Path> rewriteReport(Path dir, ReportLanguage language) throws InputException, IOException {
        AnalysisRecord record = ArchiveJson.read(dir.resolve("analysis.json"), AnalysisRecord.class);
        return ReportFiles.write(report(record, analyse(dir), language), language, dir);
    }

    /** The results of an analysis folder and what went into them. */
    private record Analysed(TrackerCsv.Measured measured, PoseAnalysis.Outcome outcome, ResultsDocument results,
                            Dut dut) {
    }

    private static Analysed analyse(Path dir) throws InputException {
        TrackerCsvFormat format = TrackerCsvFormat.read(dir.resolve("format.yaml"));
        TrackerCsv.Measured measured = TrackerCsv.measured(dir.resolve("measured.csv"), format);
        Path commandedFile = dir.resolve("commanded.csv");
        TrackerCsv.Commanded commanded = Files.exists(commandedFile) ? TrackerCsv.commanded(commandedFile, format)
                : new TrackerCsv.Commanded(Map.of(), false);
        Path dutFile = dir.resolve("dut.yaml");
        Dut dut = Files.exists(dutFile) ? DutFile.parse(YamlDocument.read(dutFile), ProcedureAnalysis.ratable()) : null;
        Map<String, Limit> rated = dut == null ? Map.of() : dut.rated();
        PoseAnalysis.Outcome outcome = PoseAnalysis.analyze(new PoseAnalysis.PoseData(measured.byPose(),
                        commanded.byPose(), measured.orientation(), commanded.orientation()),
                EnumSet.allOf(PoseAnalysis.Part.class), rated);
        Verdict verdict = Verdict.overall(outcome.results().stream().map(Result::verdict).toList());
        ResultsDocument results = new ResultsDocument(dir.getFileName().toString(), NAME, Iso9283.STANDARD, verdict,
                outcome.results(), null);
        return new Analysed(measured, outcome, results, dut);
    }

    private static ReportData report(AnalysisRecord record, Analysed analysed, ReportLanguage language) {
        Dut dut = analysed.dut;
        DutSummary dutSummary = dut == null ? new DutSummary("", "", "", "no DUT file given: results are not judged")
                : new DutSummary(dut.manufacturer(), dut.model(), dut.serial(), dut.description());
        List<Condition> conditions = new ArrayList<>();
        conditions.add(new Condition(language.text(ReportLabel.MEASURED_DATA), record.measured().file()));
        conditions.add(new Condition(language.text(ReportLabel.COMMANDED_POSES), record.commanded() == null
                ? "none given" : record.commanded().file()));
        conditions.add(new Condition(language.text(ReportLabel.POSES),
                String.join(", ", analysed.measured.byPose().keySet())));
        analysed.measured.byPose().forEach((pose, list) -> conditions.add(new Condition(
                language.format(ReportLabel.CYCLES_OF, pose), String.valueOf(list.size()))));
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("measured", record.measured().file());
        parameters.put("commanded", record.commanded() == null ? "" : record.commanded().file());
        return new ReportData(record.id(), TITLE, record.created(), record.created(), "COMPLETED",
                record.softwareVersion(), record.operator(), dutSummary,
                new RigSummary("tracker export", "Measured data imported from a tracker's CSV export",
                        record.measured().file(), record.measured().sha256(), List.of()),
                new ProcedureSummary(NAME, TITLE, Iso9283.STANDARD,
                        List.of(Iso9283.CLAUSE_POSE_ACCURACY, Iso9283.CLAUSE_POSE_REPEATABILITY),
                        "format.yaml", record.formatSha256(), parameters),
                conditions, analysed.results.results(), PoseScatterFigures.of(analysed.measured.byPose()),
                analysed.outcome.notComputed(), analysed.results.verdict(), "",
                new Certification(record.id(), "", "", "", List.of(), record.operator().isBlank() ? List.of()
                        : List.of(new SignOff(SignOff.Role.TESTED, record.operator(),
                                record.created().atOffset(java.time.ZoneOffset.UTC).toLocalDate()))));
    }

    private static AnalysisRecord.FileRef ref(Path file) throws IOException {
        return new AnalysisRecord.FileRef(file.toString(), Manifest.sha256(file));
    }
}
