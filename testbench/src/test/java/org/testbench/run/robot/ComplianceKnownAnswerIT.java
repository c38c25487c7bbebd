package org.testbench.run.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.procedures.execution.RunState;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.standards.Result;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.LoadDirection;

/**
 * Known answer of ISO 9283 clause 10 through the real runner: a robot whose tool deflects by
 * 3.0e-4, 4.0e-4 and 2.0e-4 mm/N along X, Y and Z, loaded in 5 steps up to 100 N in each of the six
 * directions, must show those compliances.
 *
 * <p>Tolerance 2e-5 mm/N: the repeatability noise is 0.001 mm per axis; the compliance is the
 * slope of 5 displacements (20..100 N) against the force, whose standard error is
 * 0.001 / sqrt(Σ(F - F̄)²) = 0.001 / 63 = 1.6e-5 mm/N with the unloaded reading's own noise on top
 * (about 1e-5 mm/N, as a displacement offset over a mean load of 60 N): 2e-5 is over 1 σ of both
 * combined and under a tenth of the smallest compliance.
 */
class ComplianceKnownAnswerIT {

    private static final Vector3 COMPLIANCE = new Vector3(3.0e-4, 4.0e-4, 2.0e-4);

    @TempDir
    Path runs;

    @Test
    void theComplianceInEachDirectionIsTheModels() throws Exception {
        SimulatedRobotRun run = SimulatedRobotRun.of(runs, "iso9283-compliance", SimulatedRobotConfig.builder()
                .complianceMmPerN(COMPLIANCE).sigmaMm(0.001).seed(10).timeScale(200),
                Map.of("load", "100", "steps", "5"));

        assertThat(run.summary().state()).isEqualTo(RunState.COMPLETED);
        List<Result> compliance = run.summary().results();
        assertThat(compliance).extracting(Result::subject).containsExactly("P1 +X", "P1 -X", "P1 +Y", "P1 -Y", "P1 +Z",
                "P1 -Z");
        for (LoadDirection d : LoadDirection.values()) {
            Result r = compliance.stream().filter(x -> x.subject().equals("P1 " + d.label())).findFirst().orElseThrow();
            assertThat(r.value()).as(d.label()).isCloseTo(run.expected().complianceMmPerN(d), within(2e-5));
            assertThat(r.unit()).isEqualTo("mm/N");
        }
        // One unloaded reading and 5 steps in each of 6 directions.
        assertThat(run.measurements()).hasSize(31);
    }
}
