package org.testbench.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.testbench.standards.figure.Figure;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.Iso9283;
import org.testbench.standards.iso9283.PoseAccuracy;
import org.testbench.standards.iso9283.PoseCharacteristics;
import org.testbench.standards.iso9283.PoseRepeatability;

/**
 * A realistic ISO 9283 pose run for the tests: 5 poses x 30 seeded attained poses, results
 * computed by the standards module, with limits on APp and RPl only, so that the report holds
 * PASS, FAIL and NOT_EVALUATED. P5 is noisier than its RPl limit allows and fails. Its figures are
 * {@link SampleFigures#all()}, one of each kind the renderer draws.
 */
final class SampleReports {

    static final String RUN_ID = "20261122-051000-sim6r";
    static final String TRACKER_SERIAL = "LT-4711-0815";
    static final Limit APP_LIMIT = new Limit(0.5, "mm", "DUT rated value (sim-6r-10.yaml)");
    static final Limit RPL_LIMIT = new Limit(0.05, "mm", "DUT rated value (sim-6r-10.yaml)");

    private static final Map<String, Vector3> COMMANDED = new LinkedHashMap<>();

    static {
        COMMANDED.put("P1", new Vector3(1000, 0, 800));
        COMMANDED.put("P2", new Vector3(856.6, -160, 643.4));
        COMMANDED.put("P3", new Vector3(1143.4, -160, 643.4));
        COMMANDED.put("P4", new Vector3(1143.4, 160, 956.6));
        COMMANDED.put("P5", new Vector3(856.6, 160, 956.6));
    }

    private SampleReports() {
    }

    /** @param dutModel the DUT's model, to try escaping @return the sample report data */
    static ReportData report(String dutModel) {
        return report(dutModel, SampleFigures.all());
    }

    /**
     * @param dutModel the DUT's model
     * @param figures  the report's figures
     * @return the sample report data
     */
    static ReportData report(String dutModel, List<Figure> figures) {
        Random random = new Random(9283);
        List<Result> results = new ArrayList<>();
        Vector3 bias = new Vector3(0.12, -0.08, 0.05);
        for (Map.Entry<String, Vector3> pose : COMMANDED.entrySet()) {
            double sigma = pose.getKey().equals("P5") ? 0.022 : 0.009;
            Pose commanded = new Pose(pose.getValue(), 180, 0, 180);
            List<Pose> attained = new ArrayList<>();
            for (int cycle = 0; cycle < 30; cycle++) {
                Vector3 p = pose.getValue().plus(bias).plus(new Vector3(random.nextGaussian() * sigma,
                        random.nextGaussian() * sigma, random.nextGaussian() * sigma));
                attained.add(new Pose(p, 180 + random.nextGaussian() * 0.004, random.nextGaussian() * 0.004,
                        180 + random.nextGaussian() * 0.004));
            }
            PoseAccuracy accuracy = PoseAccuracy.of(commanded, attained);
            PoseRepeatability repeatability = PoseRepeatability.of(attained, commanded.rotation());
            results.addAll(PoseCharacteristics.results(pose.getKey(), accuracy, repeatability,
                    Map.of(Iso9283.AP_P, APP_LIMIT, Iso9283.RP_L, RPL_LIMIT)));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("cycles", "30");
        parameters.put("velocity", "100");
        parameters.put("load", "100");
        parameters.put("dwell", "2 s");
        return new ReportData(RUN_ID, "ISO 9283 pose accuracy and repeatability",
                Instant.parse("2026-11-22T05:10:00.123Z"), Instant.parse("2026-11-22T05:42:17.987Z"),
                "COMPLETED", "0.1.0-SNAPSHOT", "J. Doe",
                new DutSummary("Simulated Robotics", dutModel, "SIM-6R-0001", "6-axis articulated robot, 10 kg"),
                new RigSummary("sim-robot", "Simulated robot and laser tracker over OPC UA", "rig.yaml",
                        "3f1c0ad5e7b84c2d9a6e0b1f2c3d4e5f60718293a4b5c6d7e8f9012345678901", List.of(
                        new InstrumentSummary("tracker", "Simulated laser tracker AT-960", TRACKER_SERIAL,
                                "CAL-2026-0142", LocalDate.parse("2027-06-30"), "U = 0.015 mm (k = 2)"),
                        new InstrumentSummary("thermometer", "PT100 probe", "TH-77", "CAL-2025-0099",
                                LocalDate.parse("2026-01-31"), "U = 0.1 K (k = 2)"))),
                new ProcedureSummary("iso9283-pose", "Pose accuracy and repeatability", Iso9283.STANDARD,
                        List.of(Iso9283.CLAUSE_POSE_ACCURACY, Iso9283.CLAUSE_POSE_REPEATABILITY), "procedure.yaml",
                        "9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5d6c7b8a9", parameters),
                List.of(new Condition("Test cube", "centre (1000, 0, 800) mm, edge 400 mm, plane C1-C2-C7-C8"),
                        new Condition("Load", "100 % of rated"), new Condition("Velocity", "100 % of rated"),
                        new Condition("Cycles", "30")),
                results, figures, List.of(), Verdict.overall(results.stream().map(Result::verdict).toList()), "",
                new Certification(RUN_ID, "Suzhou Robot Quality Test Centre", "1 Test Road, Suzhou", "Example Robotics Co.",
                        List.of(), List.of(new SignOff(SignOff.Role.TESTED, "J. Doe", LocalDate.parse("2026-11-22")))));
    }

    /** @return the sample report data with an ordinary DUT model */
    static ReportData report() {
        return report("SIM-6R-10");
    }

    /**
     * @param data           a report's data
     * @param subject        a subject
     * @param characteristic a characteristic
     * @return its result
     */
    static Result result(ReportData data, String subject, String characteristic) {
        return data.results().stream()
                .filter(r -> r.subject().equals(subject) && r.characteristic().equals(characteristic))
                .findFirst().orElseThrow(() -> new AssertionError("no " + characteristic + " for " + subject));
    }
}
