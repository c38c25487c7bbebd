package org.testbench.procedures.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.procedures.step.StepContext;
import org.testbench.rigs.Sample;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.device.PoseTracker;
import org.testbench.rigs.device.Robot;
import org.testbench.standards.geometry.Pose;

/**
 * The executor's contract with in-memory devices: order of steps, tagging of samples, and a
 * teardown that runs after a device fault and after an interruption. (The same path against the
 * OPC UA simulator is covered by the testbench module's integration tests.)
 */
class ProcedureExecutionTest {

    /** A robot that records what it is told and fails its n-th move when asked to. */
    private static final class RecordingRobot implements Robot {
        final List<String> log = new ArrayList<>();
        int failOnMove = -1;
        boolean interruptOnMove;
        int moves;

        @Override
        public String name() {
            return "robot";
        }

        @Override
        public void setSpeedOverride(double percent) {
            log.add("speed " + percent);
        }

        @Override
        public void moveTo(Pose target, Duration timeout) throws DeviceException {
            moves++;
            if (moves == failOnMove) {
                throw new DeviceException("robot: move " + moves + " faulted", null);
            }
            if (interruptOnMove && moves == 3) {
                Thread.currentThread().interrupt();
            }
            log.add("move " + target.position().x() + "," + target.position().y() + "," + target.position().z());
        }

        @Override
        public void stop() {
            log.add("stop");
        }
    }

    /** A tracker that reports the same pose every time. */
    private static final class FixedTracker implements PoseTracker {
        @Override
        public String name() {
            return "tracker";
        }

        @Override
        public Measurement measure() {
            List<Sample> samples = new ArrayList<>();
            for (String s : List.of("x", "y", "z", "a", "b", "c")) {
                samples.add(new Sample(Instant.EPOCH, "tracker", s, 1.0, "mm", true, Map.of()));
            }
            return new Measurement(Pose.of(1, 1, 1, 1, 1, 1), samples);
        }
    }

    private final List<Sample> samples = new ArrayList<>();
    private final List<StepStart> steps = new ArrayList<>();
    private final RunListener listener = new RunListener() {
        @Override
        public void onSample(Sample sample) {
            samples.add(sample);
        }

        @Override
        public void onStepStart(StepStart step) {
            steps.add(step);
        }
    };

    private ProcedureExecution.Outcome run(RecordingRobot robot, int cycles) throws Exception {
        Procedure p = ProcedureFile.load("iso9283-pose");
        Parameters values = Parameters.bind(p.parameters(), Map.of("cycles", String.valueOf(cycles),
                "velocity", "50"), "-p");
        StepContext context = new StepContext(values, p.commandedPoses(values), robot, new FixedTracker(), listener);
        return ProcedureExecution.execute(p, context);
    }

    @Test
    void runsSetupMainTeardownInTheStandardsCycleOrder() throws Exception {
        RecordingRobot robot = new RecordingRobot();
        ProcedureExecution.Outcome outcome = run(robot, 2);
        assertThat(outcome.state()).isEqualTo(RunState.COMPLETED);
        assertThat(robot.log.get(0)).isEqualTo("speed 50.0");
        assertThat(robot.log).hasSize(1 + 2 * 5 + 1);
        assertThat(robot.log.get(robot.log.size() - 1)).isEqualTo("stop");
        // 5 poses x 2 cycles x 6 signals, each tagged with the commanded pose and the cycle.
        assertThat(samples).hasSize(60);
        assertThat(samples.subList(0, 30)).extracting(s -> s.context().get("pose"))
                .containsExactly(List.of("P1", "P5", "P4", "P3", "P2").stream()
                        .flatMap(p -> java.util.Collections.nCopies(6, p).stream()).toArray(String[]::new));
        assertThat(samples.get(59).context()).containsEntry("cycle", "2").containsEntry("target", "P2");
        assertThat(steps).extracting(StepStart::planned).containsOnly(22L);
        assertThat(steps.get(steps.size() - 1).group()).isEqualTo("teardown");
        assertThat(steps.get(steps.size() - 1).done()).isEqualTo(21L);
    }

    @Test
    void aDeviceFaultStillRunsTeardown() throws Exception {
        RecordingRobot robot = new RecordingRobot();
        robot.failOnMove = 4;
        ProcedureExecution.Outcome outcome = run(robot, 3);
        assertThat(outcome.state()).isEqualTo(RunState.RIG_FAULT);
        assertThat(outcome.message()).isEqualTo("robot: move 4 faulted");
        assertThat(robot.log).endsWith("stop");
        assertThat(robot.moves).isEqualTo(4);
    }

    @Test
    void aListenerThatCannotStoreEndsTheRunButNotTeardown() throws Exception {
        RecordingRobot robot = new RecordingRobot();
        Procedure p = ProcedureFile.load("iso9283-pose");
        Parameters values = Parameters.bind(p.parameters(), Map.of("cycles", "3"), "-p");
        RunListener failingArchive = new RunListener() {
            private int samples;

            @Override
            public void onSample(Sample sample) {
                if (++samples == 20) {
                    throw new java.io.UncheckedIOException("archive: disk full", new java.io.IOException("disk full"));
                }
            }

            @Override
            public void onStepStart(StepStart step) {
                if ("teardown".equals(step.group())) {
                    throw new java.io.UncheckedIOException("archive: still full", new java.io.IOException("disk full"));
                }
            }
        };
        StepContext context = new StepContext(values, p.commandedPoses(values), robot, new FixedTracker(), failingArchive);
        ProcedureExecution.Outcome outcome = ProcedureExecution.execute(p, context);
        assertThat(outcome.state()).isEqualTo(RunState.STORE_FAULT);
        assertThat(outcome.message()).isEqualTo("archive: disk full");
        // The 20th sample is in the 4th measurement: the robot moved 4 times, then teardown stopped it.
        assertThat(robot.moves).isEqualTo(4);
        assertThat(robot.log).endsWith("stop");
    }

    @Test
    void anInterruptionStopsBeforeTheNextStepAndStillRunsTeardown() throws Exception {
        RecordingRobot robot = new RecordingRobot();
        robot.interruptOnMove = true;
        ProcedureExecution.Outcome outcome = run(robot, 3);
        assertThat(outcome.state()).isEqualTo(RunState.INTERRUPTED);
        assertThat(robot.moves).isEqualTo(3);
        assertThat(robot.log).endsWith("stop");
        // The flag is restored for the caller, who decides what an interruption means.
        assertThat(Thread.interrupted()).isTrue();
    }
}
