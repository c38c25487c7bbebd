package org.testbench.rigs.sim.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.testbench.rigs.device.PathType;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/**
 * {@link RobotMotion} with settling, path following, speed errors, drift, approach error and
 * compliance, on a clock the test moves, compared with {@link ExpectedCharacteristics}.
 */
class RobotMotionDynamicsTest {

    private static final Offset<Double> EXACT = within(1e-9);
    private static final Pose START = Pose.of(800, -300, 800, 180, 0, 0);
    private static final Pose END = Pose.of(800, 300, 800, 180, 0, 0);
    private static final Vector3 BIAS = new Vector3(0.1, 0, 0);

    private final AtomicLong nanos = new AtomicLong();

    private final SimulatedRobotConfig dynamic = SimulatedRobotConfig.builder().biasMm(BIAS).settleTimeS(0.1)
            .settling(new SecondOrderSettling(10, 0.5))
            .pathFollowing(new PathFollowing(0.002, 0.0005, new Vector3(0, 0, -1), 0.002, 0.0005))
            .approachErrorMm(0.02).complianceMmPerN(new Vector3(0.0005, 0.0004, 0.0003)).build();

    @Test
    void afterAMoveTheMechanismRingsOutFromItsFollowingError() {
        RobotMotion motion = motion(dynamic);
        ExpectedCharacteristics expected = new ExpectedCharacteristics(dynamic);
        goTo(motion, START, 100);
        double end = motion.snapshot().nowS() + 600 / 250.0;

        motion.startMove(2, END, 25);
        Vector3 step = expected.followingErrorMm(new Vector3(0, 1, 0), 250);
        Vector3 rest = END.position().plus(expected.meanPositionErrorMm(END.position(), new Vector3(0, 1, 0), 0,
                Vector3.ZERO));

        // 0.5 mm behind and 0.125 mm below while moving at 250 mm/s
        assertThat(step).isEqualTo(new Vector3(0, -0.5, -0.125));
        for (double tau = 0; tau < 1.5; tau += 0.01) {
            Vector3 deviation = attainedAt(motion, end + tau).minus(rest);
            Vector3 ringing = step.times(dynamic.settling().response(tau));
            assertThat(deviation.distanceTo(ringing)).as("%s s after the motion", tau).isLessThan(1e-9);
        }
    }

    @Test
    void theMoveIsReportedDoneTheDoneDelayAfterTheMotionEndsAndStampedThen() {
        RobotMotion motion = motion(dynamic);
        goTo(motion, START, 100);
        double started = motion.snapshot().nowS();

        motion.startMove(7, END, 50);
        setClock(started + 1.2 + 0.1 - 1e-6);
        assertThat(motion.snapshot().state()).isEqualTo(MotionState.MOVING);
        setClock(started + 1.3 + 0.5);

        RobotMotion.Snapshot done = motion.snapshot();
        assertThat(done.moveDone()).isEqualTo(7);
        assertThat(done.moveDoneS()).isCloseTo(started + 1.3, EXACT);
        assertThat(done.stateS()).isCloseTo(started + 1.3, EXACT);
    }

    @Test
    void aLoadDeflectsTheToolWithOvershootAndIsRefusedWhileMoving() {
        RobotMotion motion = motion(dynamic);
        goTo(motion, START, 100);
        Vector3 unloaded = motion.snapshot().attained().position();
        double applied = motion.snapshot().nowS();

        assertThat(motion.applyLoad(new Vector3(0, 0, -100))).isTrue();

        Vector3 deflection = new ExpectedCharacteristics(dynamic).deflectionMm(new Vector3(0, 0, -100));
        assertThat(deflection).isEqualTo(new Vector3(0, 0, -0.03));
        double half = dynamic.settling().halfPeriodS();
        assertThat(attainedAt(motion, applied + half).minus(unloaded).z())
                .as("first swing past the deflected pose")
                .isCloseTo(-0.03 * (1 + dynamic.settling().overshootRatio()), EXACT);
        assertThat(attainedAt(motion, applied + 5).minus(unloaded).z()).isCloseTo(-0.03, EXACT);
        assertThat(motion.snapshot().force()).isEqualTo(new Vector3(0, 0, -100));

        motion.startMove(2, END, 10);
        assertThat(motion.applyLoad(Vector3.ZERO)).isFalse();
        assertThat(motion.snapshot().force()).isEqualTo(new Vector3(0, 0, -100));
    }

    @Test
    void aRigidRobotDeflectsAtOnce() {
        SimulatedRobotConfig rigid = SimulatedRobotConfig.builder().complianceMmPerN(new Vector3(0.001, 0, 0)).build();
        RobotMotion motion = motion(rigid);
        goTo(motion, START, 100);
        Vector3 before = motion.snapshot().attained().position();

        motion.applyLoad(new Vector3(50, 0, 0));

        assertThat(motion.snapshot().attained().position().minus(before).x()).isCloseTo(0.05, EXACT);
    }

    @Test
    void theRobotDriftsExponentiallyFromCold() {
        ThermalDrift drift = new ThermalDrift(new Vector3(0.05, -0.02, 0.08), 2);
        SimulatedRobotConfig warming = SimulatedRobotConfig.builder().biasMm(BIAS).drift(drift).build();
        RobotMotion motion = motion(warming);
        goTo(motion, END, 100);
        ExpectedCharacteristics expected = new ExpectedCharacteristics(warming);

        for (double hours : new double[] {0.5, 2, 8}) {
            Vector3 deviation = attainedAt(motion, hours * 3600).minus(END.position()).minus(BIAS);
            assertThat(deviation.distanceTo(expected.driftMm(hours * 3600))).as("%s h", hours).isLessThan(1e-12);
        }
        // one time constant: 1 - 1/e of the warm offset
        assertThat(expected.driftMm(7200).z()).isCloseTo(0.08 * (1 - Math.exp(-1)), within(1e-15));
    }

    @Test
    void theApproachDirectionShiftsTheAttainedPose() {
        SimulatedRobotConfig approaching = SimulatedRobotConfig.builder().approachErrorMm(0.03).build();
        RobotMotion motion = motion(approaching);
        Pose target = Pose.of(900, 100, 900, 180, 0, 0);

        goTo(motion, Pose.of(800, 100, 900, 180, 0, 0), 100);
        goTo(motion, target, 100);
        Vector3 fromMinusX = motion.snapshot().attained().position();
        goTo(motion, Pose.of(900, 100, 1100, 180, 0, 0), 100);
        goTo(motion, target, 100);
        Vector3 fromPlusZ = motion.snapshot().attained().position();

        assertThat(fromMinusX.minus(target.position()).x()).isCloseTo(-0.03, EXACT);
        assertThat(fromPlusZ.minus(target.position()).z()).isCloseTo(0.03, EXACT);
        assertThat(fromMinusX.distanceTo(fromPlusZ)).isCloseTo(new ExpectedCharacteristics(approaching)
                .multiDirectionalVariationMm(List.of(new Vector3(1, 0, 0), new Vector3(0, 0, -1))), EXACT);
    }

    @Test
    void aLinearPathStraysAcrossInProportionToSpeedAndReportsPathDone() {
        RobotMotion motion = motion(dynamic);
        ExpectedCharacteristics expected = new ExpectedCharacteristics(dynamic);
        goTo(motion, START, 100);
        double started = motion.snapshot().nowS();

        assertThat(motion.startPath(3, PathType.LINEAR, List.of(END), 400)).isEqualTo(MotionState.MOVING);

        // 1 s in, the commanded point is at y = 100, the transient long gone
        Vector3 attained = attainedAt(motion, started + 1);
        Vector3 commanded = new Vector3(800, 100, 800);
        assertThat(attained.z() - commanded.z()).isCloseTo(-expected.pathDeviationMm(new Vector3(0, 1, 0), 400),
                within(1e-9));
        assertThat(expected.pathDeviationMm(new Vector3(0, 1, 0), 400)).isCloseTo(0.2, within(1e-15));
        assertThat(attained.y() - commanded.y()).as("trailing 0.8 mm, less the approach error")
                .isCloseTo(-0.8 - 0.02, within(1e-9));
        setClock(started + 1.5 + 0.1);
        assertThat(motion.snapshot().pathDone()).isEqualTo(3);
        assertThat(motion.snapshot().pathDoneS()).isCloseTo(started + 1.6, EXACT);
        assertThat(motion.snapshot().moveDone()).as("a path is not a move").isEqualTo(1);
    }

    @Test
    void thePathSpeedRunsWithItsErrorAndRipple() {
        SpeedErrors errors = new SpeedErrors(2, 0, 5, 2);
        SimulatedRobotConfig rippling = SimulatedRobotConfig.builder().speedErrors(errors).settleTimeS(0).build();
        RobotMotion motion = motion(rippling);
        goTo(motion, START, 100);
        double started = motion.snapshot().nowS();

        motion.startPath(1, PathType.LINEAR, List.of(END), 200);

        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        double sum = 0;
        int n = 0;
        double dt = 1e-3;
        // two whole ripple periods in the middle of the run
        for (double t = started + 1; t < started + 2; t += dt) {
            double v = attainedAt(motion, t + dt).distanceTo(attainedAt(motion, t)) / dt;
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
            n++;
        }
        ExpectedCharacteristics expected = new ExpectedCharacteristics(rippling);
        assertThat(sum / n).isCloseTo(200 * 1.02, within(0.05));
        assertThat(max - min).isCloseTo(expected.pathVelocityFluctuationMmPerS(200), within(0.01));
        assertThat(expected.pathVelocityFluctuationMmPerS(200)).isCloseTo(2 * 0.05 * 204, within(1e-12));
        assertThat(expected.pathVelocityAccuracyPercent()).isEqualTo(2);
    }

    @Test
    void pathsThatCannotBeFollowedFaultWithoutMoving() {
        RobotMotion motion = motion(dynamic);
        goTo(motion, START, 100);
        Pose at = motion.snapshot().actual();

        assertThat(motion.startPath(2, PathType.CIRCULAR, List.of(Pose.of(800, 0, 800, 180, 0, 0), END), 100))
                .as("three points on a line").isEqualTo(MotionState.FAULT);
        assertThat(motion.startPath(3, PathType.CIRCULAR, List.of(END), 100)).isEqualTo(MotionState.FAULT);
        assertThat(motion.startPath(4, PathType.LINEAR, List.of(Pose.of(800, 2500, 800, 180, 0, 0)), 100))
                .isEqualTo(MotionState.FAULT);
        assertThat(motion.startPath(5, PathType.LINEAR, List.of(END), 1500)).isEqualTo(MotionState.FAULT);
        assertThat(motion.startPath(6, PathType.LINEAR, List.of(), 100)).isEqualTo(MotionState.FAULT);
        assertThat(motion.snapshot().actual()).isEqualTo(at);
        assertThat(motion.snapshot().pathDone()).isZero();
    }

    @Test
    void aSamplerThatLagsBehindStillSeesTheTrajectoryOfItsSampleTime() {
        RobotMotion motion = motion(dynamic);
        goTo(motion, START, 100);
        double before = motion.snapshot().nowS();
        Pose atRest = motion.attainedAt(before);
        motion.keepHistoryFrom(before);
        setClock(before + 0.5);

        motion.startMove(2, END, 100);

        assertThat(motion.attainedAt(before)).isEqualTo(atRest);
        assertThat(motion.attainedAt(before + 0.25)).isEqualTo(atRest);
        assertThat(motion.attainedAt(before + 0.75).position().y()).as("the move, 0.25 s in")
                .isGreaterThan(atRest.position().y() + 100);
    }

    private RobotMotion motion(SimulatedRobotConfig config) {
        return new RobotMotion(config, new RobotErrorModel(config),
                new SimulatedClock(nanos::get, config.timeScale(), Instant.EPOCH));
    }

    /** Moves and lets the clock run until the mechanism has long settled (10 s more). */
    private void goTo(RobotMotion motion, Pose target, double percent) {
        motion.startMove(motion.snapshot().moveDone() + 1, target, percent);
        RobotMotion.Snapshot s = motion.snapshot();
        setClock(s.nowS() + s.lastMoveSeconds() + 10);
        assertThat(motion.snapshot().state()).isEqualTo(MotionState.IDLE);
    }

    private Vector3 attainedAt(RobotMotion motion, double seconds) {
        setClock(seconds);
        return motion.snapshot().attained().position();
    }

    private void setClock(double simulatedSeconds) {
        // every clock here runs at time scale 1
        nanos.set(Math.round(simulatedSeconds * 1e9));
    }
}
