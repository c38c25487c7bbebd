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
import org.testbench.standards.iso9283.Iso9283;

/**
 * Known answer of ISO 9283 7.3 through the real runner: a robot whose attained position is off by
 * 0.03 mm along the direction it arrived from, so two approaches along orthogonal axes end
 * 0.03 x sqrt(2) = 0.0424 mm apart; the procedure approaches from +x, +y and +z, so the robot
 * arrives moving along -x, -y and -z.
 *
 * <p>Tolerance 0.01 mm: with σ = 0.005 mm per axis and 8 cycles per direction, each barycentre is
 * off by 0.0018 mm per axis and the distance between two by about 0.0025 mm (1 σ); vAP is the
 * largest of three such distances, which biases it up by about one σ. 0.01 mm is four σ.
 */
class MultiDirectionalKnownAnswerIT {

    private static final double APPROACH_ERROR = 0.03;

    @TempDir
    Path runs;

    @Test
    void vApIsTheDistanceBetweenTheApproachesBarycentres() throws Exception {
        SimulatedRobotRun run = SimulatedRobotRun.of(runs, "iso9283-multi-directional", SimulatedRobotConfig.builder()
                .approachErrorMm(APPROACH_ERROR).sigmaMm(0.005).seed(73).timeScale(200), Map.of("cycles", "8"));

        assertThat(run.summary().state()).isEqualTo(RunState.COMPLETED);
        double expected = run.expected().multiDirectionalVariationMm(List.of(new Vector3(-1, 0, 0),
                new Vector3(0, -1, 0), new Vector3(0, 0, -1)));
        assertThat(expected).isCloseTo(APPROACH_ERROR * Math.sqrt(2), within(1e-9));
        List<Result> vap = run.summary().results().stream().filter(r -> r.characteristic().equals(Iso9283.VAP_P))
                .toList();
        assertThat(vap).extracting(Result::subject).containsExactly("P1 from +x, +y, +z", "P2 from +x, +y, +z",
                "P4 from +x, +y, +z");
        assertThat(vap).allSatisfy(r -> assertThat(r.value()).isCloseTo(expected, within(0.01)));
        // Three directions x 8 cycles x 3 poses.
        assertThat(run.measurements()).hasSize(72);
        assertThat(run.measurements()).extracting(m -> m.context().get("approach")).containsOnly("+x", "+y", "+z");
    }
}
