package org.testbench.rigs.sim.robot;

import java.util.function.LongSupplier;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Rotation;
import org.testbench.standards.geometry.Vector3;

/**
 * The simulated controller's motion, computed from the clock whenever someone looks: no thread
 * ticks it, so an idle simulator costs nothing and a fast clock cannot skip a state.
 *
 * <p>A move runs in a straight line at {@code maxSpeed * override / 100} for the position
 * distance, then settles for {@code settleTime}; both are simulated seconds, divided by
 * {@code timeScale} to get wall time. Two poses travel together: the controller's belief (the
 * commanded pose, interpolated) and the attained pose of the mechanism (from where it was to the
 * commanded pose plus the {@link RobotErrorModel} error, drawn when the move starts). Orientation
 * is interpolated along the shortest rotation, so a move through a = ±180° does not spin round.
 *
 * <p>Thread-safe: OPC UA reads and writes arrive on the server's worker threads.
 */
final class RobotMotion {

    /**
     * What the controller and the mechanism show at one instant.
     *
     * @param state           the motion state
     * @param moveDone        the request number of the last move that settled, 0 before the first
     * @param actual          the pose the controller believes it has
     * @param attained        the pose the mechanical interface really has
     * @param movesCompleted  how many moves have settled
     * @param lastMoveSeconds simulated duration of the last move started, motion plus settling
     */
    record Snapshot(MotionState state, int moveDone, Pose actual, Pose attained, long movesCompleted,
            double lastMoveSeconds) {
    }

    /** A straight path between two poses; {@code from == to} when standing still. */
    private record Segment(Pose from, Pose to, Vector3 rotation) {

        static Segment between(Pose from, Pose to) {
            return new Segment(from, to, from.rotation().transpose().times(to.rotation()).toRotationVector());
        }

        static Segment at(Pose pose) {
            return new Segment(pose, pose, Vector3.ZERO);
        }

        Pose at(double fraction) {
            if (fraction >= 1) {
                return to;
            }
            if (fraction <= 0) {
                return from;
            }
            Vector3 position = from.position().plus(to.position().minus(from.position()).times(fraction));
            double[] abc = from.rotation().times(Rotation.fromRotationVector(rotation.times(fraction))).toAbc();
            return new Pose(position, abc[0], abc[1], abc[2]);
        }
    }

    private final SimulatedRobotConfig config;
    private final RobotErrorModel errors;
    private final LongSupplier nanoClock;

    private Segment commanded;
    private Segment attained;
    private long startNanos;
    private long motionNanos;
    private long settledNanos;
    private MotionState state = MotionState.IDLE;
    private int request;
    private int moveDone;
    private long movesCompleted;
    private double lastMoveSeconds;

    /**
     * @param config    speeds, settling, time scale, reach and home pose
     * @param errors    the error model drawn at every move
     * @param nanoClock a monotonic clock in nanoseconds, {@link System#nanoTime} outside tests
     */
    RobotMotion(SimulatedRobotConfig config, RobotErrorModel errors, LongSupplier nanoClock) {
        this.config = config;
        this.errors = errors;
        this.nanoClock = nanoClock;
        this.commanded = Segment.at(config.home());
        this.attained = Segment.at(config.home());
    }

    /**
     * Starts a move from wherever the robot is now, abandoning a move in progress.
     *
     * @param requestNumber the number {@code MoveDone} reports once this move has settled
     * @param target        the commanded pose
     * @param speedPercent  the speed override, 1..100
     * @return {@link MotionState#MOVING}, or {@link MotionState#FAULT} when the target is refused
     */
    synchronized MotionState startMove(int requestNumber, Pose target, double speedPercent) {
        long now = nanoClock.getAsLong();
        Pose actualNow = commanded.at(fraction(now));
        Pose attainedNow = attained.at(fraction(now));
        advance(now);
        if (!reachable(target)) {
            holdAt(actualNow, attainedNow, MotionState.FAULT);
            return state;
        }
        double motionSeconds = actualNow.position().distanceTo(target.position())
                / (config.maxSpeedMmPerS() * speedPercent / 100);
        lastMoveSeconds = motionSeconds + config.settleTimeS();
        commanded = Segment.between(actualNow, target);
        attained = Segment.between(attainedNow, errors.attained(target));
        startNanos = now;
        motionNanos = wallNanos(motionSeconds);
        settledNanos = now + motionNanos + wallNanos(config.settleTimeS());
        request = requestNumber;
        state = MotionState.MOVING;
        return state;
    }

    /** Halts where the robot is now; the move in progress never reports done. */
    synchronized void stop() {
        long now = nanoClock.getAsLong();
        advance(now);
        holdAt(commanded.at(fraction(now)), attained.at(fraction(now)), MotionState.STOPPED);
    }

    /** @return the state at this instant */
    synchronized Snapshot snapshot() {
        long now = nanoClock.getAsLong();
        advance(now);
        double f = fraction(now);
        return new Snapshot(state, moveDone, commanded.at(f), attained.at(f), movesCompleted, lastMoveSeconds);
    }

    private void advance(long now) {
        if (state == MotionState.MOVING && now - settledNanos >= 0) {
            state = MotionState.IDLE;
            moveDone = request;
            movesCompleted++;
        }
    }

    private void holdAt(Pose actualNow, Pose attainedNow, MotionState newState) {
        commanded = Segment.at(actualNow);
        attained = Segment.at(attainedNow);
        motionNanos = 0;
        state = newState;
    }

    private double fraction(long now) {
        return motionNanos <= 0 ? 1 : Math.min(1, Math.max(0, (double) (now - startNanos) / motionNanos));
    }

    private boolean reachable(Pose target) {
        Vector3 p = target.position();
        return Double.isFinite(p.x()) && Double.isFinite(p.y()) && Double.isFinite(p.z())
                && Double.isFinite(target.a()) && Double.isFinite(target.b()) && Double.isFinite(target.c())
                && p.norm() <= config.reachMm();
    }

    private long wallNanos(double simulatedSeconds) {
        // Capped so that an absurdly slow configuration cannot overflow the clock arithmetic.
        return (long) Math.min(simulatedSeconds / config.timeScale() * 1e9, 1e17);
    }
}
