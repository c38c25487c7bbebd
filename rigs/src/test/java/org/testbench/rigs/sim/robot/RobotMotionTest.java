package org.testbench.rigs.sim.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/** {@link RobotMotion} on a clock the test moves, so every timing is exact. */
class RobotMotionTest {

    private static final long MS = 1_000_000L;
    /** 1000 mm straight down from home: 1 s of motion at 1000 mm/s, 0.1 s of wall time at scale 10. */
    private static final Pose BELOW_HOME = Pose.of(800, 0, 0, 180, 0, 0);

    private final AtomicLong clock = new AtomicLong(5_000 * MS);
    private final SimulatedRobotConfig config = SimulatedRobotConfig.builder()
            .biasMm(new Vector3(1, 0, 0)).timeScale(10).maxSpeedMmPerS(1000).settleTimeS(0.2).build();
    private final RobotMotion motion = new RobotMotion(config, new RobotErrorModel(config), clock::get);

    @Test
    void startsAtHomeAndIdle() {
        RobotMotion.Snapshot s = motion.snapshot();

        assertThat(s.state()).isEqualTo(MotionState.IDLE);
        assertThat(s.actual()).isEqualTo(config.home());
        assertThat(s.attained()).isEqualTo(config.home());
        assertThat(s.moveDone()).isZero();
    }

    @Test
    void movesInAStraightLineThenSettlesAtTheScaledTime() {
        assertThat(motion.startMove(7, BELOW_HOME, 100)).isEqualTo(MotionState.MOVING);
        assertThat(motion.snapshot().lastMoveSeconds()).isCloseTo(1.2, within(1e-12));

        advance(50);
        RobotMotion.Snapshot halfway = motion.snapshot();
        assertThat(halfway.state()).isEqualTo(MotionState.MOVING);
        assertThat(halfway.actual().position().z()).isCloseTo(500, within(1e-9));
        assertThat(halfway.actual().position().x()).isCloseTo(800, within(1e-9));
        assertThat(halfway.attained().position().x()).isCloseTo(800.5, within(1e-9));

        advance(60);
        RobotMotion.Snapshot settling = motion.snapshot();
        assertThat(settling.state()).isEqualTo(MotionState.MOVING);
        assertThat(settling.actual()).isEqualTo(BELOW_HOME);
        assertThat(settling.attained().position()).isEqualTo(new Vector3(801, 0, 0));
        assertThat(settling.moveDone()).isZero();

        advance(10);
        RobotMotion.Snapshot done = motion.snapshot();
        assertThat(done.state()).isEqualTo(MotionState.IDLE);
        assertThat(done.moveDone()).isEqualTo(7);
        assertThat(done.movesCompleted()).isEqualTo(1);
        assertThat(done.attained().position()).isEqualTo(new Vector3(801, 0, 0));
    }

    @Test
    void speedOverrideStretchesOnlyTheMotion() {
        motion.startMove(1, BELOW_HOME, 50);

        assertThat(motion.snapshot().lastMoveSeconds()).isCloseTo(2.2, within(1e-12));
        advance(219);
        assertThat(motion.snapshot().state()).isEqualTo(MotionState.MOVING);
        advance(1);
        assertThat(motion.snapshot().moveDone()).isEqualTo(1);
    }

    @Test
    void stopFreezesThePoseAndTheMoveNeverCompletes() {
        motion.startMove(3, BELOW_HOME, 100);
        advance(30);

        motion.stop();
        advance(500);

        RobotMotion.Snapshot s = motion.snapshot();
        assertThat(s.state()).isEqualTo(MotionState.STOPPED);
        assertThat(s.actual().position().z()).isCloseTo(700, within(1e-9));
        assertThat(s.attained().position().x()).isCloseTo(800.3, within(1e-9));
        assertThat(s.moveDone()).isZero();
        assertThat(s.movesCompleted()).isZero();

        motion.startMove(4, Pose.of(800, 0, 600, 180, 0, 0), 100);
        assertThat(motion.snapshot().lastMoveSeconds()).as("100 mm from where it stopped, plus settling")
                .isCloseTo(0.3, within(1e-9));
    }

    @Test
    void aNewRequestRetargetsFromWhereTheRobotIs() {
        motion.startMove(1, BELOW_HOME, 100);
        advance(50);

        motion.startMove(2, config.home(), 100);

        assertThat(motion.snapshot().lastMoveSeconds()).isCloseTo(0.7, within(1e-9));
        advance(70);
        RobotMotion.Snapshot s = motion.snapshot();
        assertThat(s.moveDone()).isEqualTo(2);
        assertThat(s.movesCompleted()).isEqualTo(1);
        assertThat(s.actual()).isEqualTo(config.home());
    }

    @Test
    void unreachableOrNonNumericTargetsFaultWithoutMoving() {
        assertThat(motion.startMove(1, Pose.of(2500, 0, 0, 0, 0, 0), 100)).isEqualTo(MotionState.FAULT);
        assertThat(motion.startMove(2, Pose.of(800, Double.NaN, 0, 0, 0, 0), 100)).isEqualTo(MotionState.FAULT);
        advance(1000);

        RobotMotion.Snapshot s = motion.snapshot();
        assertThat(s.state()).isEqualTo(MotionState.FAULT);
        assertThat(s.actual()).isEqualTo(config.home());
        assertThat(s.moveDone()).isZero();
    }

    @Test
    void refusedTargetsDrawNoErrorSoTheSequenceOfMovesStaysReproducible() {
        SimulatedRobotConfig noisy = SimulatedRobotConfig.builder().sigmaMm(0.05).timeScale(1000).seed(3).build();
        RobotMotion withFault = new RobotMotion(noisy, new RobotErrorModel(noisy), clock::get);
        RobotMotion without = new RobotMotion(noisy, new RobotErrorModel(noisy), clock::get);

        withFault.startMove(1, Pose.of(Double.NaN, 0, 0, 0, 0, 0), 100);
        withFault.startMove(2, BELOW_HOME, 100);
        without.startMove(1, BELOW_HOME, 100);
        advance(10);

        assertThat(withFault.snapshot().attained()).isEqualTo(without.snapshot().attained());
        assertThat(without.snapshot().attained()).isNotEqualTo(BELOW_HOME);
    }

    @Test
    void orientationTakesTheShortWayThroughPlusMinus180() {
        SimulatedRobotConfig rotating = SimulatedRobotConfig.builder().home(Pose.of(800, 0, 1000, 170, 0, 0))
                .timeScale(10).build();
        RobotMotion turn = new RobotMotion(rotating, new RobotErrorModel(rotating), clock::get);

        turn.startMove(1, Pose.of(0, 0, 1000, -170, 0, 0), 100);
        advance(40);

        double a = turn.snapshot().actual().a();
        assertThat(Math.abs(a)).isCloseTo(180, within(1e-6));
    }

    @Test
    void stopWhenIdleStillReportsStopped() {
        motion.stop();

        assertThat(motion.snapshot().state()).isEqualTo(MotionState.STOPPED);
        assertThat(motion.snapshot().actual()).isEqualTo(config.home());
    }

    private void advance(long millis) {
        clock.addAndGet(millis * MS);
    }
}
