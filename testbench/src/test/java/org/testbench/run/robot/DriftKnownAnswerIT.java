package org.testbench.run.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testbench.procedures.analysis.PoseMeasurement;
import org.testbench.procedures.execution.RunState;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.sim.robot.ThermalDrift;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.Iso9283;
import org.testbench.standards.iso9283.PoseAccuracy;
import org.testbench.standards.iso9283.PoseRepeatability;

/**
 * Known answer of ISO 9283 7.7 through the real runner: a robot that drifts from cold by
 * (0.05, -0.03, 0.08) mm with a time constant of 2 h, run 8 simulated hours at time scale 3600 with
 * its waits on its own clock. The expected AP and RP of each measurement group are those of the
 * positions the model gives at the stamped times of its readings (the drift runs on while a group
 * is measured, fastest when cold), counted from the moment the robot first moved, which the
 * simulator reports (a wall millisecond is a simulated 3.6 s here, so it cannot be guessed from
 * the moves' durations).
 *
 * <p>Tolerance 0.002 mm: the repeatability noise is 0.0002 mm per axis, so the means of 5 readings
 * are off by 0.0001 mm; a reading's stamp is that of its first sample, within one tracker period
 * (1 ms simulated) of the others, in which the drift moves by less than 0.00001 mm.
 */
class DriftKnownAnswerIT {

    private static final Vector3 BIAS = new Vector3(0.1, 0, 0.05);
    private static final ThermalDrift DRIFT = new ThermalDrift(new Vector3(0.05, -0.03, 0.08), 2);

    @TempDir
    Path runs;

    @Test
    void dApAndDRpAreWhatTheDriftModelGivesAtTheReadingsTimes() throws Exception {
        SimulatedRobotRun run = SimulatedRobotRun.of(runs, "iso9283-drift", SimulatedRobotConfig.builder()
                .biasMm(BIAS).sigmaMm(0.0002).drift(DRIFT).seed(77).timeScale(3600),
                Map.of("hours", "8", "every", "4", "cycles", "5"));

        assertThat(run.summary().state()).isEqualTo(RunState.COMPLETED);
        Map<String, Pose> commanded = run.archived().procedure().commandedPoses(run.archived().parameters());
        Pose p1 = commanded.get("P1");
        List<PoseMeasurement> first = group(run, "0");
        List<PoseMeasurement> last = group(run, "2");
        assertThat(first).hasSize(5);
        assertThat(last).hasSize(5);
        Instant cold = run.firstMoved();
        Vector3 approach = p1.position().minus(commanded.get("P2").position());
        approach = approach.times(1 / approach.norm());
        List<Pose> modelFirst = model(run, p1, approach, first, cold);
        List<Pose> modelLast = model(run, p1, approach, last, cold);
        double expectedDap = Math.abs(PoseAccuracy.of(p1, modelFirst).apP() - PoseAccuracy.of(p1, modelLast).apP());
        double expectedDrp = Math.abs(PoseRepeatability.of(modelFirst).rpL() - PoseRepeatability.of(modelLast).rpL());

        // Eight hours is four time constants: nearly all of the 0.099 mm warm offset has appeared.
        assertThat(expectedDap).isGreaterThan(0.05);
        assertThat(run.result(Iso9283.DRIFT_AP).value()).isCloseTo(expectedDap, within(0.002));
        assertThat(run.result(Iso9283.DRIFT_RP).value()).isCloseTo(expectedDrp, within(0.002));
        assertThat(run.result(Iso9283.DRIFT_AP).subject()).isEqualTo("P1, check 0 to 2");
        // Two waits of 4 h on the robot's clock lie between the groups, plus the measuring itself (a
        // wall millisecond is a simulated 3.6 s, so a group of 5 cycles takes some simulated minutes).
        assertThat(last.get(0).time().getEpochSecond() - first.get(0).time().getEpochSecond())
                .isBetween(8 * 3600L, 9 * 3600L);
    }

    private static List<PoseMeasurement> group(SimulatedRobotRun run, String check) {
        return run.measurements().stream().filter(m -> m.pose().equals("P1"))
                .filter(m -> check.equals(m.context().getOrDefault("check", "0"))).toList();
    }

    /** The positions the model gives at the readings' times: commanded plus bias plus drift since cold. */
    private static List<Pose> model(SimulatedRobotRun run, Pose commanded, Vector3 approach, List<PoseMeasurement> group,
                                    Instant cold) {
        List<Pose> poses = new ArrayList<>();
        for (PoseMeasurement m : group) {
            double seconds = (m.time().toEpochMilli() - cold.toEpochMilli()) / 1000.0;
            Vector3 error = run.expected().meanPositionErrorMm(commanded.position(), approach, seconds, Vector3.ZERO);
            poses.add(new Pose(commanded.position().plus(error), commanded.a(), commanded.b(), commanded.c()));
        }
        return poses;
    }
}
