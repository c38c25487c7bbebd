package org.testbench.rigs.sim.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testbench.rigs.Capability;
import org.testbench.rigs.device.PoseStream;
import org.testbench.rigs.device.PoseTracker;
import org.testbench.rigs.device.Robot;
import org.testbench.rigs.device.RobotPath;
import org.testbench.rigs.device.TimedPose;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.LoadDirection;
import org.testbench.standards.iso9283.PathAccuracy;
import org.testbench.standards.iso9283.PathPlaneCrossing;
import org.testbench.standards.iso9283.PoseStabilization;
import org.testbench.standards.iso9283.SampledTrajectory;
import org.testbench.standards.iso9283.StabilizationCycle;
import org.testbench.standards.iso9283.StaticCompliance;

/**
 * Known-answer tests over OPC UA, through the bundled rig file and the bench's device types: the
 * simulator's settling, path deviation and compliance, measured back with the standards' maths
 * from the streamed and read tracker poses, agree with {@link ExpectedCharacteristics}.
 */
class KnownAnswersOverOpcUaTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** 5 Hz, ζ = 0.3; 2 ms along and 0.5 ms across per speed; the move-done signal at the end of the motion. */
    private static final SimulatedRobotConfig CONFIG = SimulatedRobotConfig.builder().port(0).timeScale(4)
            .settleTimeS(0).settling(new SecondOrderSettling(5, 0.3))
            .pathFollowing(new PathFollowing(0.002, 0.0005, new Vector3(0, 0, -1), 0.002, 0.0005))
            .complianceMmPerN(new Vector3(0.0004, 0.0005, 0.0003)).sigmaMm(0.0005).trackerSigmaMm(0)
            .trackerPeriodS(0.005).seed(9).build();

    private static SimulatedRig rig;
    private static Robot robot;
    private static PoseTracker tracker;
    private static ExpectedCharacteristics expected;

    @BeforeAll
    static void start() throws Exception {
        rig = new SimulatedRig(CONFIG);
        robot = rig.robot();
        tracker = rig.tracker();
        expected = rig.server().expected();
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    @Test
    void theBundledRigOffersEveryCapability() {
        assertThat(robot.capabilities()).containsExactlyInAnyOrder(Capability.PATH, Capability.LOAD, Capability.CLOCK);
    }

    /**
     * Three cycles to B, each streamed from the move-done signal for 1.5 s. Tolerances: the
     * stabilization time within one sample period (5 ms), since the band crossing is interpolated
     * between samples; the overshoot within 1 µm, since a peak sampled up to half a period (2.5 ms)
     * off its time lies ½ d'' (2.5 ms)² = 0.6 µm lower.
     */
    @Test
    void overshootAndStabilizationTimeAfterAMoveAreTheModels() throws Exception {
        Pose a = Pose.of(700, -150, 800, 180, 0, 0);
        Pose b = Pose.of(700, 150, 800, 180, 0, 0);
        double band = 0.02;
        SimulatedRig.Recorder recorder = new SimulatedRig.Recorder();
        List<StabilizationCycle> cycles = new ArrayList<>();
        robot.setSpeedOverride(25);
        try (PoseStream stream = tracker.stream(rig.streamInterval(), recorder)) {
            for (int cycle = 0; cycle < 3; cycle++) {
                robot.moveTo(a, TIMEOUT);
                robot.moveTo(b, TIMEOUT);
                Instant signal = robot.poseAttainedTime();
                List<TimedPose> settling = recorder.between(signal.minusMillis(100), signal.plusMillis(1500));
                cycles.add(StabilizationCycle.of(trajectory(settling, signal), 0, band));
            }
            assertThat(stream.incompleteSamples()).isZero();
        }
        PoseStabilization measured = PoseStabilization.of(cycles);

        Vector3 direction = b.position().minus(a.position());
        double speed = expected.moveSpeedMmPerS(25);
        // 0.5 mm behind and 0.125 mm below at the end of the motion; 37 % of that comes back as overshoot
        assertThat(expected.followingErrorMm(direction, speed).norm()).isCloseTo(Math.hypot(0.5, 0.125), within(1e-12));
        assertThat(measured.stabilizationTimeS()).isCloseTo(expected.stabilizationTimeS(direction, speed, band),
                within(0.005));
        assertThat(measured.overshootMm()).isCloseTo(expected.overshootMm(direction, speed, band), within(0.001));
        assertThat(measured.overshootMm()).isGreaterThan(0.15);
    }

    /**
     * A straight horizontal path at 100 and 400 mm/s, two runs each, crossed at three points from
     * 250 mm on (the start transient has died to below 1 µm there). Tolerance 2 µm: the runs'
     * repeatability noise (σ = 0.5 µm per axis) shifts each barycentre by about 0.5 µm.
     */
    @Test
    void aLinearPathStraysAcrossMoreTheFasterItRuns() throws Exception {
        Pose start = Pose.of(700, -200, 800, 180, 0, 0);
        Pose end = Pose.of(700, 200, 800, 180, 0, 0);
        Vector3 direction = new Vector3(0, 1, 0);
        List<Pose> points = List.of(Pose.of(700, 50, 800, 180, 0, 0), Pose.of(700, 100, 800, 180, 0, 0),
                Pose.of(700, 150, 800, 180, 0, 0));
        SimulatedRig.Recorder recorder = new SimulatedRig.Recorder();
        double[] speeds = {100, 400};
        double[] at = new double[speeds.length];
        robot.setSpeedOverride(100);
        try (PoseStream stream = tracker.stream(rig.streamInterval(), recorder)) {
            for (int i = 0; i < speeds.length; i++) {
                List<List<Pose>> runs = new ArrayList<>();
                for (int run = 0; run < 2; run++) {
                    robot.moveTo(start, TIMEOUT);
                    Instant begin = robot.clock().time();
                    robot.followPath(RobotPath.linear(speeds[i], end), TIMEOUT);
                    SampledTrajectory samples = trajectory(recorder.between(begin, robot.poseAttainedTime()), begin);
                    runs.add(points.stream().map(p -> PathPlaneCrossing.find(samples, p.position(), direction).pose())
                            .toList());
                }
                at[i] = PathAccuracy.of(points, runs).atP();
            }
            assertThat(stream.incompleteSamples()).isZero();
        }

        assertThat(at[0]).isCloseTo(expected.pathDeviationMm(direction, 100), within(0.002));
        assertThat(at[1]).isCloseTo(expected.pathDeviationMm(direction, 400), within(0.002));
        assertThat(at[1] - at[0]).isCloseTo(0.0005 * 300, within(0.004));
    }

    /**
     * A full circle of radius 100 mm as two arcs at 200 mm/s in a horizontal plane: the mechanism
     * stays on the circle, trailing 0.4 mm along it (which puts it 0.4²/200 = 0.8 µm outside), and
     * sags 0.1 mm below it. Samples from 1 s in, when the start transient has died away; tolerance
     * 2 µm for the 0.8 µm and the repeatability noise (σ = 0.5 µm).
     */
    @Test
    void aCircularPathRunsThroughItsViaPointsAndSagsByTheLateralLag() throws Exception {
        Vector3 centre = new Vector3(700, 0, 800);
        Pose start = Pose.of(800, 0, 800, 180, 0, 0);
        RobotPath circle = RobotPath.circular(200, Pose.of(700, 100, 800, 180, 0, 0), Pose.of(600, 0, 800, 180, 0, 0),
                Pose.of(700, -100, 800, 180, 0, 0), start);
        SimulatedRig.Recorder recorder = new SimulatedRig.Recorder();
        robot.setSpeedOverride(100);
        robot.moveTo(start, TIMEOUT);
        List<TimedPose> samples;
        try (PoseStream stream = tracker.stream(rig.streamInterval(), recorder)) {
            Instant begin = robot.clock().time();
            robot.followPath(circle, TIMEOUT);
            Instant motionEnd = begin.plusNanos(Math.round(2 * Math.PI * 100 / 200 * 1e9));
            samples = recorder.between(begin.plusSeconds(1), motionEnd.minusMillis(100));
        }

        assertThat(samples).hasSizeGreaterThan(300);
        double sag = expected.pathDeviationMm(new Vector3(1, 0, 0), 200);
        assertThat(sag).isCloseTo(0.1, within(1e-15));
        for (TimedPose sample : samples) {
            Vector3 p = sample.pose().position();
            assertThat(Math.hypot(p.x() - centre.x(), p.y() - centre.y())).isCloseTo(100, within(0.002));
            assertThat(p.z() - centre.z()).isCloseTo(-sag, within(0.002));
        }
    }

    /**
     * Loads of 30, 60 and 90 N along -Z and +X, each measured once the deflection has settled
     * (2 s: the ringing is down to e^(-3π·2) of it). Tolerance 10⁻⁷ mm/N: the tracker has no noise
     * here and the robot stands still, so only the residual ringing (below 10⁻⁸ mm) is left.
     */
    @Test
    void aLoadDeflectsTheToolByTheCompliance() throws Exception {
        robot.setSpeedOverride(100);
        robot.moveTo(Pose.of(700, 0, 800, 180, 0, 0), TIMEOUT);
        rig.letTimePass(2);
        Vector3 unloaded = tracker.measure().pose().position();
        double[] forces = {30, 60, 90};
        for (LoadDirection direction : List.of(LoadDirection.MINUS_Z, LoadDirection.PLUS_X)) {
            List<Vector3> displacements = new ArrayList<>();
            for (double force : forces) {
                robot.applyLoad(direction.unit().times(force));
                rig.letTimePass(2);
                displacements.add(tracker.measure().pose().position().minus(unloaded));
            }
            robot.applyLoad(Vector3.ZERO);
            rig.letTimePass(2);

            StaticCompliance compliance = StaticCompliance.of(direction, forces, displacements);
            assertThat(compliance.mmPerN()).as(direction.label())
                    .isCloseTo(expected.complianceMmPerN(direction), within(1e-7));
        }
        assertThat(expected.complianceMmPerN(LoadDirection.MINUS_Z)).isCloseTo(0.0003, within(1e-15));
    }

    /** Positions on a time axis in seconds from {@code origin}, as the standards' maths takes them. */
    private static SampledTrajectory trajectory(List<TimedPose> samples, Instant origin) {
        double[] times = samples.stream().mapToDouble(s -> Duration.between(origin, s.time()).toNanos() / 1e9).toArray();
        return SampledTrajectory.of(times, samples.stream().map(TimedPose::pose).toList());
    }
}
