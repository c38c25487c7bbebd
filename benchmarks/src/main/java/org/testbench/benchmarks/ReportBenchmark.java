package org.testbench.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.testbench.procedures.analysis.PoseScatterFigures;
import org.testbench.reports.HtmlReport;
import org.testbench.reports.PdfReport;
import org.testbench.reports.ReportDocument;
import org.testbench.reports.ReportLanguage;
import org.testbench.reports.model.Certification;
import org.testbench.reports.model.Condition;
import org.testbench.reports.model.DutSummary;
import org.testbench.reports.model.InstrumentSummary;
import org.testbench.reports.model.ProcedureSummary;
import org.testbench.reports.model.ReportData;
import org.testbench.reports.model.RigSummary;
import org.testbench.reports.model.SignOff;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;
import org.testbench.standards.Verdict;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.Iso9283;
import org.testbench.standards.iso9283.PoseAccuracy;
import org.testbench.standards.iso9283.PoseCharacteristics;
import org.testbench.standards.iso9283.PoseRepeatability;

/**
 * Time to produce the report of an ISO 9283 pose run (5 poses x 30 cycles: result tables, the
 * repeatability figures of every pose as PNG and as vector graphics, rig and instrument summaries) as XHTML and PDF, against printing a one-line page with the
 * same renderer and fonts. The baseline is the renderer's fixed cost per document (font loading,
 * PDF set-up), so the ratio tells how much the report's content adds to it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReportBenchmark {

    /**
     * One line in the report's font: openhtmltopdf loads and embeds a font only once text uses it,
     * so a page without text in DejaVu Sans would leave the font's loading out of the baseline.
     */
    private static final String EMPTY_PAGE = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>empty</title>"
            + "</head><body style=\"font-family: 'DejaVu Sans'\"><p>empty</p></body></html>";
    private static final Limit LIMIT = new Limit(0.05, "mm", "DUT rated value");

    private ReportData report;
    private Path directory;
    private Path pdf;

    /**
     * Computes the run's results with the standards module and makes a scratch directory.
     *
     * @throws IOException when the directory cannot be made
     */
    @Setup
    public void report() throws IOException {
        report = poseRun();
        directory = Files.createTempDirectory("testbench-bench-report");
        pdf = directory.resolve("report.pdf");
    }

    /** Removes the PDF and its directory. @throws IOException when they cannot be removed */
    @TearDown
    public void removeFiles() throws IOException {
        Files.deleteIfExists(pdf);
        Files.deleteIfExists(directory);
    }

    /**
     * @return the PDF's size, so the JIT cannot drop the work
     * @throws IOException when the PDF's size cannot be read
     */
    @Benchmark
    public long poseRunReport() throws IOException {
        PdfReport.write(HtmlReport.render(report, ReportLanguage.EN), pdf);
        return Files.size(pdf);
    }

    /**
     * @return the PDF's size, so the JIT cannot drop the work
     * @throws IOException when the PDF's size cannot be read
     */
    @Benchmark
    public long emptyPage() throws IOException {
        PdfReport.write(new ReportDocument(EMPTY_PAGE, List.of(), ReportLanguage.EN), pdf);
        return Files.size(pdf);
    }

    /** Five poses of the ISO cube, 30 seeded cycles each, with limits on RPl so verdicts show. */
    private static ReportData poseRun() {
        SplittableRandom random = new SplittableRandom(9283);
        Map<String, Vector3> poses = new LinkedHashMap<>();
        poses.put("P1", new Vector3(1000, 0, 800));
        poses.put("P2", new Vector3(856.6, -160, 643.4));
        poses.put("P3", new Vector3(1143.4, -160, 643.4));
        poses.put("P4", new Vector3(1143.4, 160, 956.6));
        poses.put("P5", new Vector3(856.6, 160, 956.6));
        List<Result> results = new ArrayList<>();
        Map<String, List<Pose>> attainedByPose = new LinkedHashMap<>();
        for (Map.Entry<String, Vector3> pose : poses.entrySet()) {
            Pose commanded = new Pose(pose.getValue(), 180, 0, 180);
            List<Pose> attained = new ArrayList<>();
            for (int cycle = 0; cycle < 30; cycle++) {
                Vector3 p = pose.getValue().plus(new Vector3(0.1 + random.nextGaussian() * 0.01,
                        -0.08 + random.nextGaussian() * 0.01, 0.05 + random.nextGaussian() * 0.01));
                attained.add(new Pose(p, 180 + random.nextGaussian() * 0.004, random.nextGaussian() * 0.004,
                        180 + random.nextGaussian() * 0.004));
            }
            PoseAccuracy accuracy = PoseAccuracy.of(commanded, attained);
            results.addAll(PoseCharacteristics.results(pose.getKey(), accuracy,
                    PoseRepeatability.of(attained, commanded.rotation()), Map.of(Iso9283.RP_L, LIMIT)));
            attainedByPose.put(pose.getKey(), attained);
        }
        return new ReportData("20261122-051000-bench", "ISO 9283 pose accuracy and repeatability",
                Instant.parse("2026-11-22T05:10:00Z"), Instant.parse("2026-11-22T05:42:17Z"), "COMPLETED",
                "0.1.0-SNAPSHOT", "benchmark",
                new DutSummary("Simulated Robotics", "SIM-6R-10", "SIM-6R-0001", "6-axis articulated robot, 10 kg"),
                new RigSummary("sim-robot", "Simulated robot and laser tracker over OPC UA", "rig.yaml",
                        "3f1c0ad5e7b84c2d9a6e0b1f2c3d4e5f60718293a4b5c6d7e8f9012345678901", List.of(
                        new InstrumentSummary("tracker", "Simulated laser tracker", "LT-0001", "CAL-2026-0142",
                                LocalDate.parse("2027-06-30"), "U = 0.015 mm (k = 2)"))),
                new ProcedureSummary("iso9283-pose", "Pose accuracy and repeatability", Iso9283.STANDARD,
                        List.of(Iso9283.CLAUSE_POSE_ACCURACY, Iso9283.CLAUSE_POSE_REPEATABILITY), "procedure.yaml",
                        "9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5d6c7b8a9",
                        Map.of("cycles", "30", "velocity", "100")),
                List.of(new Condition("Test cube", "centre (1000, 0, 800) mm, edge 400 mm"),
                        new Condition("Cycles", "30")),
                results, PoseScatterFigures.of(attainedByPose), List.of(), Verdict.overall(results.stream().map(Result::verdict).toList()),
                "simple-acceptance", new Certification("20261122-051000-bench", "Benchmark Lab", "1 Bench Road",
                        "Benchmark client", List.of(), List.of(new SignOff(SignOff.Role.TESTED, "benchmark",
                        LocalDate.parse("2026-11-22")))));
    }
}
