package org.testbench.rigs.sim.robot;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongSupplier;
import org.testbench.rigs.device.PathType;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/**
 * The simulated controller's motion, computed from the clock whenever someone looks: no thread
 * ticks it, so an idle simulator costs nothing and a fast clock cannot skip a state.
 *
 * <p>A move runs in a straight line at {@code maxSpeed * override / 100}, a path at its commanded
 * speed (with the controller's {@link SpeedErrors}); each then waits {@code settleTimeS} before
 * the controller reports it done. Times are simulated seconds on the {@link SimulatedClock}. Each
 * command starts a new {@link Trajectory} from where the mechanism is; the trajectories since
 * {@link #keepHistoryFrom} are kept, so that a streaming tracker that lags behind still samples
 * the trajectory that was running at each of its sample times.
 *
 * <p>Thread-safe: OPC UA reads and writes arrive on the server's worker threads.
 */
final class RobotMotion {

    /** A done time within this of the clock has passed: absorbs rounding in sums of simulated seconds. */
    private static final double DONE_TOLERANCE_S = 1e-9;

    /**
     * What the controller and the mechanism show at one instant.
     *
     * @param state           the motion state
     * @param moveDone        the request number of the last move that settled, 0 before the first
     * @param actual          the pose the controller believes it has
     * @param attained        the pose the mechanical interface really has
     * @param movesCompleted  how many moves have settled
     * @param lastMoveSeconds simulated duration of the last move or path started, motion plus settling
     * @param pathDone        the request number of the last path that settled, 0 before the first
     * @param nowS            the simulated time of the snapshot, s
     * @param moveDoneS       when move-done last changed, simulated s
     * @param pathDoneS       when path-done last changed, simulated s
     * @param stateS          when the motion state last changed, simulated s
     * @param force           the load on the tool, N
     */
    record Snapshot(MotionState state, int moveDone, Pose actual, Pose attained, long movesCompleted,
            double lastMoveSeconds, int pathDone, double nowS, double moveDoneS, double pathDoneS, double stateS,
            Vector3 force) {
    }

    private final SimulatedRobotConfig config;
    private final RobotErrorModel errors;
    private final SimulatedClock clock;
    private final Deque<Trajectory> history = new ArrayDeque<>();
    private double keepFromS = Double.POSITIVE_INFINITY;

    private MotionState state = MotionState.IDLE;
    private int request;
    private boolean requestIsPath;
    private int moveDone;
    private int pathDone;
    private long movesCompleted;
    private double lastMoveSeconds;
    private double moveDoneS;
    private double pathDoneS;
    private double stateS;

    /**
     * @param config    speeds, settling, time scale, reach and home pose
     * @param errors    the error model drawn at every move
     * @param nanoClock a monotonic clock in nanoseconds, {@link System#nanoTime} outside tests
     */
    RobotMotion(SimulatedRobotConfig config, RobotErrorModel errors, LongSupplier nanoClock) {
        this(config, errors, new SimulatedClock(nanoClock, config.timeScale(), Instant.now()));
    }

    /**
     * @param config speeds, settling, reach and home pose
     * @param errors the error model drawn at every move
     * @param clock  the simulated clock
     */
    RobotMotion(SimulatedRobotConfig config, RobotErrorModel errors, SimulatedClock clock) {
        this.config = config;
        this.errors = errors;
        this.clock = clock;
        history.add(Trajectory.atHome(config, errors));
    }

    /** @return the simulated clock the motion runs on */
    SimulatedClock clock() {
        return clock;
    }

    /**
     * Starts a move from wherever the robot is now, abandoning a move or path in progress.
     *
     * @param requestNumber the number {@code MoveDone} reports once this move has settled
     * @param target        the commanded pose
     * @param speedPercent  the speed override, 1..100
     * @return {@link MotionState#MOVING}, or {@link MotionState#FAULT} when the target is refused
     */
    synchronized MotionState startMove(int requestNumber, Pose target, double speedPercent) {
        double now = clock.now();
        advance(now);
        Pose actualNow = current().commanded(now);
        if (!finite(target) || target.position().norm() > config.reachMm()) {
            return refuse(now);
        }
        double speed = config.maxSpeedMmPerS() * speedPercent / 100;
        CommandedPath path = CommandedPath.line(actualNow, target);
        start(now, current().travel(now, path, SpeedProfile.constant(path.length(), speed), CornerRounding.NONE, speed,
                errors.draw()), requestNumber, false);
        return state;
    }

    /**
     * Starts a path from wherever the robot is now, abandoning a move or path in progress.
     *
     * @param requestNumber the number {@code PathDone} reports once the path has settled
     * @param type          straight segments or arcs
     * @param points        the points after the start
     * @param speedMmPerS   the commanded path speed, 0 &lt; v &lt;= max speed
     * @return {@link MotionState#MOVING}, or {@link MotionState#FAULT} when the path is refused
     *     (no points, a point not a number, an arc without a circle, out of reach, a bad speed)
     */
    synchronized MotionState startPath(int requestNumber, PathType type, List<Pose> points, double speedMmPerS) {
        double now = clock.now();
        advance(now);
        Pose actualNow = current().commanded(now);
        if (points.isEmpty() || (type == PathType.CIRCULAR && points.size() % 2 != 0)
                || !points.stream().allMatch(RobotMotion::finite)
                || !(speedMmPerS > 0 && speedMmPerS <= config.maxSpeedMmPerS())) {
            return refuse(now);
        }
        CommandedPath path;
        try {
            path = CommandedPath.of(type, actualNow, points);
        } catch (IllegalArgumentException e) {
            return refuse(now);
        }
        if (path.farthestFromOrigin() > config.reachMm()) {
            return refuse(now);
        }
        RobotErrorModel.Draw draw = errors.draw();
        SpeedErrors speedErrors = config.speedErrors();
        double running = speedMmPerS * (1 + speedErrors.errorPercent() / 100 + errors.drawSpeedError());
        SpeedProfile profile = SpeedProfile.rippled(path.length(), running, speedErrors.ripplePercent() / 100,
                speedErrors.rippleHz());
        PathFollowing following = config.pathFollowing();
        CornerRounding corners = CornerRounding.of(path, following.cornerRadiusS() * speedMmPerS,
                following.cornerOvershootS() * speedMmPerS, speedMmPerS * config.settling().halfPeriodS());
        start(now, current().travel(now, path, profile, corners, speedMmPerS, draw), requestNumber, true);
        return state;
    }

    /** Halts where the robot is now; the move or path in progress never reports done. */
    synchronized void stop() {
        double now = clock.now();
        advance(now);
        push(current().hold(now, current().force()));
        setState(MotionState.STOPPED, now);
    }

    /**
     * Sets the load on the tool; the mechanism deflects and settles as after a move.
     *
     * @param forceN the force, N, base frame
     * @return false, changing nothing, while the robot moves: loads are applied at rest
     */
    synchronized boolean applyLoad(Vector3 forceN) {
        double now = clock.now();
        advance(now);
        if (state == MotionState.MOVING) {
            return false;
        }
        push(current().hold(now, forceN));
        return true;
    }

    /** @return when the robot first moved (its warm-up, the drift, starts then), simulated s; infinite before */
    synchronized double warmSinceS() {
        return current().warmSinceS();
    }

    /** @return the state at this instant */
    synchronized Snapshot snapshot() {
        double now = clock.now();
        advance(now);
        Trajectory t = current();
        return new Snapshot(state, moveDone, t.commanded(now), t.attained(now), movesCompleted, lastMoveSeconds, pathDone,
                now, moveDoneS, pathDoneS, stateS, t.force());
    }

    /**
     * @param t a simulated time at or after the oldest kept trajectory's start, s
     * @return the pose the mechanism had (or has) then
     */
    synchronized Pose attainedAt(double t) {
        Iterator<Trajectory> newestFirst = history.descendingIterator();
        Trajectory running = newestFirst.next();
        while (running.startS() > t && newestFirst.hasNext()) {
            running = newestFirst.next();
        }
        return running.attained(t);
    }

    /**
     * Keeps the trajectories a sampler still needs.
     *
     * @param t the earliest simulated time that will still be asked for, s; +∞ when nobody samples
     */
    synchronized void keepHistoryFrom(double t) {
        keepFromS = t;
        prune();
    }

    private void start(double now, Trajectory trajectory, int requestNumber, boolean path) {
        push(trajectory);
        request = requestNumber;
        requestIsPath = path;
        lastMoveSeconds = trajectory.durationS();
        setState(MotionState.MOVING, now);
    }

    private MotionState refuse(double now) {
        push(current().hold(now, current().force()));
        setState(MotionState.FAULT, now);
        return state;
    }

    private void advance(double now) {
        Trajectory t = current();
        if (state == MotionState.MOVING && now >= t.doneS() - DONE_TOLERANCE_S) {
            setState(MotionState.IDLE, t.doneS());
            if (requestIsPath) {
                pathDone = request;
                pathDoneS = t.doneS();
            } else {
                moveDone = request;
                moveDoneS = t.doneS();
                movesCompleted++;
            }
        }
    }

    private void setState(MotionState newState, double at) {
        state = newState;
        stateS = at;
    }

    private Trajectory current() {
        return history.getLast();
    }

    private void push(Trajectory trajectory) {
        history.addLast(trajectory);
        prune();
    }

    /** Drops trajectories that ended (their successor started) before the earliest time still wanted. */
    private void prune() {
        while (history.size() > 1) {
            Iterator<Trajectory> it = history.iterator();
            it.next();
            if (it.next().startS() > keepFromS) {
                return;
            }
            history.removeFirst();
        }
    }

    private static boolean finite(Pose pose) {
        Vector3 p = pose.position();
        return Double.isFinite(p.x()) && Double.isFinite(p.y()) && Double.isFinite(p.z())
                && Double.isFinite(pose.a()) && Double.isFinite(pose.b()) && Double.isFinite(pose.c());
    }
}
