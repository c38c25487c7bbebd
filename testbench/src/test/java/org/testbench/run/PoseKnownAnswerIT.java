package org.testbench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.procedures.analysis.PoseMeasurement;
import org.testbench.procedures.analysis.PoseMeasurements;
import org.testbench.procedures.analysis.ProcedureAnalysis;
import org.testbench.procedures.execution.RunState;
import org.testbench.rigs.DutFile;
import org.testbench.rigs.RigFile;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.sim.robot.SimulatedRobotServer;
import org.testbench.run.archive.ArchivedRun;
import org.testbench.standards.Result;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/**
 * Known-answer test of the whole path: a simulated robot with an injected bias and repeatability
 * noise, driven over real OPC UA by the iso9283-pose procedure, must be measured back.
 *
 * <p>Tolerances: the barycentre of n = 30 points with per-axis sigma S = 0.010 mm deviates from
 * the true bias by S/sqrt(30) = 0.0018 mm per axis, so |APp - |bias|| stays within 0.006 mm
 * (more than 3 sigma) for any seed. For isotropic Gaussian noise l_j follows a Maxwell
 * distribution with mean 1.596 S and standard deviation 0.673 S, so RPl = l̄ + 3 S_l is about
 * 3.6 S = 0.036 mm; with 30 points its spread keeps it inside 0.025..0.050 mm.
 */
class PoseKnownAnswerIT {

    private static final Vector3 BIAS = new Vector3(0.20, -0.10, 0.05);
    private static final double SIGMA = 0.010;
    private static final double AP_TOLERANCE = 0.006;
    /** Orientation bias about base X, Y, Z in degrees, and its noise. */
    private static final Vector3 ORIENTATION_BIAS = new Vector3(0.020, -0.030, 0.010);
    private static final double ORIENTATION_SIGMA = 0.005;
    /** The mean of 30 deviations with sigma 0.005° is off by 0.0009° (1 sigma): 0.003° is over 3 sigma. */
    private static final double APA_TOLERANCE = 0.003;

    @TempDir
    static Path runs;

    private static RunSummary summary;
    private static ArchivedRun archived;

    @BeforeAll
    static void runTheProcedureAgainstTheSimulator() throws Exception {
        SimulatedRobotConfig config = SimulatedRobotConfig.builder().port(0).biasMm(BIAS).sigmaMm(SIGMA)
                .orientationBiasDeg(ORIENTATION_BIAS).orientationSigmaDeg(ORIENTATION_SIGMA)
                .seed(20261122L).timeScale(200).build();
        try (SimulatedRobotServer server = SimulatedRobotServer.start(config)) {
            Procedure procedure = ProcedureFile.load("iso9283-pose");
            RunInputs inputs = new RunInputs(procedure, Parameters.bind(procedure.parameters(), Map.of(), "-p"),
                    RigFile.load("sim-robot").withEndpoint("opc.tcp://127.0.0.1:4840/testbench", server.endpointUrl()),
                    DutFile.load("sim-6r-10", ProcedureAnalysis.ratable()));
            inputs.check();
            summary = TestRun.execute(inputs, RunOptions.builder().runsDir(runs).build());
        }
        archived = ArchivedRun.load(summary.dir());
    }

    @Test
    void theRunCompletesWithThirtyMeasurementsPerPose() throws Exception {
        assertThat(summary.state()).isEqualTo(RunState.COMPLETED);
        List<PoseMeasurement> measurements = PoseMeasurements.fromSamples(archived.samples());
        assertThat(measurements).hasSize(150);
        for (String pose : List.of("P1", "P2", "P3", "P4", "P5")) {
            assertThat(measurements).filteredOn(m -> m.pose().equals(pose)).hasSize(30);
        }
    }

    @Test
    void theInjectedBiasAndNoiseAreMeasuredBack() {
        assertThat(knownAnswerViolations(summary.results())).isEmpty();
    }

    @Test
    void theInjectedOrientationBiasIsMeasuredBackAboutTheBaseAxes() {
        // The commanded orientation is (180, 0, 0): a deviation computed about the tool axes would
        // come back with the signs of APb and APc flipped, and fail this.
        for (String pose : List.of("P1", "P2", "P3", "P4", "P5")) {
            assertThat(result(pose, "APa").value()).isCloseTo(ORIENTATION_BIAS.x(), within(APA_TOLERANCE));
            assertThat(result(pose, "APb").value()).isCloseTo(ORIENTATION_BIAS.y(), within(APA_TOLERANCE));
            assertThat(result(pose, "APc").value()).isCloseTo(ORIENTATION_BIAS.z(), within(APA_TOLERANCE));
            // RPa = 3 S of 30 deviations with sigma 0.005°: about 0.015°.
            assertThat(result(pose, "RPa").value()).isBetween(0.009, 0.022);
        }
    }

    @Test
    void theKnownAnswerCheckRejectsWrongAnalyses() throws Exception {
        Map<String, Pose> commanded = archived.procedure().commandedPoses(archived.parameters());
        List<PoseMeasurement> measurements = PoseMeasurements.fromSamples(archived.samples());
        List<Result> apFromFirstCycleOnly = new ArrayList<>();
        List<Result> rpWithoutSpread = new ArrayList<>();
        List<Result> apAgainstWrongPose = new ArrayList<>();
        for (String pose : commanded.keySet()) {
            List<Vector3> points = measurements.stream().filter(m -> m.pose().equals(pose))
                    .map(m -> m.attained().position()).toList();
            Vector3 c = commanded.get(pose).position();
            Vector3 mean = mean(points);
            double lbar = points.stream().mapToDouble(p -> p.distanceTo(mean)).average().orElseThrow();
            double rpl = result(pose, "RPl").value();
            // Mutant 1: accuracy from one attained pose instead of the barycentre of 30.
            apFromFirstCycleOnly.add(with(result(pose, "APp"), points.get(0).distanceTo(c)));
            apFromFirstCycleOnly.add(result(pose, "RPl"));
            // Mutant 2: repeatability as the mean distance only, forgetting + 3 S_l.
            rpWithoutSpread.add(result(pose, "APp"));
            rpWithoutSpread.add(with(result(pose, "RPl"), lbar));
            // Mutant 3: accuracy against the wrong commanded pose (a P2/P4, P3/P5 mix-up).
            String other = Map.of("P1", "P2", "P2", "P4", "P3", "P5", "P4", "P2", "P5", "P3").get(pose);
            apAgainstWrongPose.add(with(result(pose, "APp"), mean.distanceTo(commanded.get(other).position())));
            apAgainstWrongPose.add(with(result(pose, "RPl"), rpl));
        }
        assertThat(knownAnswerViolations(apFromFirstCycleOnly)).isNotEmpty();
        assertThat(knownAnswerViolations(rpWithoutSpread)).hasSize(5);
        assertThat(knownAnswerViolations(apAgainstWrongPose)).hasSize(5);
    }

    /** @return one line per pose whose APp or RPl misses the known answer */
    private static List<String> knownAnswerViolations(List<Result> results) {
        List<String> violations = new ArrayList<>();
        for (Result r : results) {
            if (r.characteristic().equals("APp") && Math.abs(r.value() - BIAS.norm()) > AP_TOLERANCE) {
                violations.add(r.subject() + " APp " + r.value() + " vs |bias| " + BIAS.norm());
            }
            if (r.characteristic().equals("RPl") && (r.value() < 0.025 || r.value() > 0.050)) {
                violations.add(r.subject() + " RPl " + r.value() + " outside 0.025..0.050");
            }
        }
        return violations;
    }

    private static Result result(String pose, String characteristic) {
        return summary.results().stream()
                .filter(r -> r.subject().equals(pose) && r.characteristic().equals(characteristic))
                .findFirst().orElseThrow(() -> new AssertionError("no " + characteristic + " for " + pose));
    }

    private static Result with(Result r, double value) {
        return Result.judged(r.standard(), r.clause(), r.characteristic(), r.subject(), value, r.unit(), r.limit());
    }

    private static Vector3 mean(List<Vector3> points) {
        Vector3 sum = Vector3.ZERO;
        for (Vector3 p : points) {
            sum = sum.plus(p);
        }
        return sum.times(1.0 / points.size());
    }
}
