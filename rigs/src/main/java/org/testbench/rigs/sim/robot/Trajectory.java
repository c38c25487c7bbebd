package org.testbench.rigs.sim.robot;

import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Rotation;
import org.testbench.standards.geometry.Vector3;

/**
 * What the simulated controller and mechanism do from one command (a move, a path, a stop, a load
 * change) until the next, as a function of simulated time t &gt;= {@link #startS()}.
 *
 * <p>The controller interpolates its {@link CommandedPath} with a {@link SpeedProfile}; that is its
 * belief, {@link #commanded}. The mechanism's {@link #attained} position at arc length s is
 * <pre>
 *   ideal(s, t) = g(s) + systematic(g(s)) + noise - b·t̂(s) + drift(t) + C∘F      (the rest pose it tends to)
 *   attained    = ideal + D·w(τ) + H + following(τ)
 * </pre>
 * with g(s) the commanded point moved by the {@link CornerRounding}, t̂ the mechanism's direction
 * of travel (the approach direction, b the approach error), C the compliance, F the load, and the
 * drift counted from the first move, when the cold robot starts to work and warm up.
 * D is the deviation from the ideal pose when the command came, so the position never jumps: with
 * settling dynamics it dies away as the {@link SecondOrderSettling} response, w = g(τ); a rigid
 * mechanism takes it up along the path, w = 1 - s/L, and holds it (H) when stopped or loaded. The
 * following error builds up as the steady {@link PathFollowing} error times (1 - g(τ)) while the
 * controller moves, and the value it has when the motion ends rings out as g(τ - τ_end): the
 * overshoot after a move.
 *
 * <p>The orientation has no dynamics: its error turns along the shortest rotation from what it
 * was to the new move's drawn error, in proportion to s/L. Immutable.
 */
final class Trajectory {

    private final SimulatedRobotConfig config;
    private final RobotErrorModel errors;
    private final double startS;
    private final CommandedPath path;
    private final SpeedProfile profile;
    private final CornerRounding rounding;
    private final double speed;
    private final Vector3 noise;
    private final Rotation errorFrom;
    private final Vector3 errorTurn;
    private final Vector3 force;
    private final Vector3 restDirection;
    private final Vector3 deviation;
    private final Vector3 held;
    private final Vector3 followingAtEnd;
    /** When the robot first moved and began to warm up, simulated s; +∞ while it never has. */
    private final double warmSinceS;

    private Trajectory(SimulatedRobotConfig config, RobotErrorModel errors, double startS, CommandedPath path,
            SpeedProfile profile, CornerRounding rounding, double speed, Vector3 noise, Rotation errorFrom,
            Rotation errorTo, Vector3 force, Vector3 restDirection, Vector3 deviation, Vector3 held, double warmSinceS) {
        this.config = config;
        this.errors = errors;
        this.startS = startS;
        this.path = path;
        this.profile = profile;
        this.rounding = rounding;
        this.speed = speed;
        this.noise = noise;
        this.errorFrom = errorFrom;
        this.errorTurn = errorFrom.transpose().times(errorTo).toRotationVector();
        this.force = force;
        this.restDirection = restDirection;
        this.deviation = deviation;
        this.held = held;
        this.warmSinceS = warmSinceS;
        Vector3 steady = config.pathFollowing().followingErrorMm(direction(path.length()), speed);
        this.followingAtEnd = steady.times(1 - config.settling().response(profile.endS()));
    }

    /** @return when the mechanism started its first motion, simulated s; infinite while it never has */
    double warmSinceS() {
        return warmSinceS;
    }

    /**
     * The mechanism at start-up: standing exactly at home, without drawn noise, its pose error
     * held back until the first move (so a freshly started simulator reads home).
     *
     * @param config the simulation parameters
     * @param errors the pose error model
     * @return the trajectory standing at home
     */
    static Trajectory atHome(SimulatedRobotConfig config, RobotErrorModel errors) {
        Pose home = config.home();
        CommandedPath path = CommandedPath.at(home);
        Trajectory ideal = new Trajectory(config, errors, 0, path, SpeedProfile.constant(0, 1), CornerRounding.NONE, 0,
                Vector3.ZERO, Rotation.IDENTITY, Rotation.IDENTITY, Vector3.ZERO, Vector3.ZERO,
                Vector3.ZERO, Vector3.ZERO, Double.POSITIVE_INFINITY);
        Vector3 hold = home.position().minus(ideal.idealPosition(0, 0));
        return new Trajectory(config, errors, 0, path, ideal.profile, CornerRounding.NONE, 0, Vector3.ZERO,
                ideal.errorFrom, ideal.errorFrom, Vector3.ZERO, Vector3.ZERO, Vector3.ZERO, hold, Double.POSITIVE_INFINITY);
    }

    /**
     * A move or path from where the mechanism is at {@code nowS}.
     *
     * @param nowS     when the command came, simulated s
     * @param newPath  the commanded path, starting at the controller's pose now
     * @param speedProfile how the controller runs along it
     * @param corners  how the mechanism rounds its corners
     * @param commandedSpeed the commanded speed, mm/s, which sets the following errors
     * @param draw     this motion's noise and orientation error
     * @return the new trajectory
     */
    Trajectory travel(double nowS, CommandedPath newPath, SpeedProfile speedProfile, CornerRounding corners,
            double commandedSpeed, RobotErrorModel.Draw draw) {
        double warm = Math.min(warmSinceS, nowS);
        Trajectory next = new Trajectory(config, errors, nowS, newPath, speedProfile, corners, commandedSpeed,
                draw.noiseMm(), errorNow(nowS, newPath), draw.orientationError(), force, approachDirection(nowS),
                Vector3.ZERO, Vector3.ZERO, warm);
        Vector3 d = attainedPosition(nowS).minus(next.idealPosition(nowS, 0));
        return new Trajectory(config, errors, nowS, newPath, speedProfile, corners, commandedSpeed, draw.noiseMm(),
                next.errorFrom, draw.orientationError(), force, next.restDirection, d, Vector3.ZERO, warm);
    }

    /**
     * Standing where the controller is at {@code nowS} (a stop, a refused command, a load change).
     *
     * @param nowS     when the command came, simulated s
     * @param newForce the load on the tool from now on, N
     * @return the new trajectory
     */
    Trajectory hold(double nowS, Vector3 newForce) {
        CommandedPath here = CommandedPath.at(commanded(nowS));
        Rotation error = errorNow(nowS, here);
        Trajectory next = new Trajectory(config, errors, nowS, here, SpeedProfile.constant(0, 1), CornerRounding.NONE,
                0, noise, error, error, newForce, approachDirection(nowS), Vector3.ZERO, Vector3.ZERO, warmSinceS);
        Vector3 d = attainedPosition(nowS).minus(next.idealPosition(nowS, 0));
        boolean rigid = config.settling().rigid();
        // rigid: keep the deviation there was, so only the load's own deflection shows
        Vector3 hold = rigid ? d.plus(deflection(newForce.minus(force))) : Vector3.ZERO;
        return new Trajectory(config, errors, nowS, here, next.profile, CornerRounding.NONE, 0, noise, error, error,
                newForce, next.restDirection, rigid ? Vector3.ZERO : d, hold, warmSinceS);
    }

    /** @return when the command came, simulated s */
    double startS() {
        return startS;
    }

    /** @return when the controller's interpolation ends, simulated s */
    double motionEndS() {
        return startS + profile.endS();
    }

    /** @return when the controller reports the motion done: the end plus its in-position delay */
    double doneS() {
        return motionEndS() + config.settleTimeS();
    }

    /** @return the simulated duration from the command to the done signal, s */
    double durationS() {
        return profile.endS() + config.settleTimeS();
    }

    /** @return the load on the tool, N */
    Vector3 force() {
        return force;
    }

    /**
     * @param t simulated time, s
     * @return the pose the controller believes it has
     */
    Pose commanded(double t) {
        return path.pose(profile.position(t - startS));
    }

    /**
     * @param t simulated time, s
     * @return the pose the mechanism has
     */
    Pose attained(double t) {
        double s = profile.position(t - startS);
        Pose commanded = path.pose(s);
        if (errorFrom.equals(Rotation.IDENTITY) && errorTurn.norm() == 0) {
            // no orientation error: the commanded angles as given, not as a round trip through a matrix
            return new Pose(attainedPosition(t), commanded.a(), commanded.b(), commanded.c());
        }
        Rotation error = errorFrom.times(Rotation.fromRotationVector(errorTurn.times(fraction(s))));
        double[] abc = error.times(commanded.rotation()).toAbc();
        return new Pose(attainedPosition(t), abc[0], abc[1], abc[2]);
    }

    /**
     * @param t simulated time, s
     * @return the mechanism's position, mm
     */
    Vector3 attainedPosition(double t) {
        double tau = t - startS;
        double s = profile.position(tau);
        SecondOrderSettling settling = config.settling();
        double weight = settling.rigid() ? (path.length() > 0 ? 1 - s / path.length() : 0) : settling.response(tau);
        Vector3 following;
        if (settling.rigid()) {
            following = Vector3.ZERO;
        } else if (tau < profile.endS()) {
            following = config.pathFollowing().followingErrorMm(direction(s), speed).times(1 - settling.response(tau));
        } else {
            following = followingAtEnd.times(settling.response(tau - profile.endS()));
        }
        return idealPosition(t, s).plus(deviation.times(weight)).plus(held).plus(following);
    }

    /**
     * @param t simulated time, s
     * @return the direction the mechanism travels, or last travelled, unit; zero before any motion
     */
    Vector3 approachDirection(double t) {
        return direction(profile.position(t - startS));
    }

    private Vector3 idealPosition(double t, double s) {
        Vector3 point = path.position(s).plus(rounding.offset(s));
        return point.plus(errors.systematicError(point)).plus(noise)
                .plus(direction(s).times(-config.approachErrorMm()))
                .plus(config.drift().offsetMm(t - warmSinceS))
                .plus(deflection(force));
    }

    private Vector3 direction(double s) {
        return path.length() > 0 ? rounding.tangent(s, path.tangent(s)) : restDirection;
    }

    private Vector3 deflection(Vector3 forceN) {
        Vector3 c = config.complianceMmPerN();
        return new Vector3(c.x() * forceN.x(), c.y() * forceN.y(), c.z() * forceN.z());
    }

    private double fraction(double s) {
        return path.length() > 0 ? s / path.length() : 1;
    }

    /** @return the orientation error the mechanism has now, relative to the start of {@code next} */
    private Rotation errorNow(double t, CommandedPath next) {
        return attained(t).rotation().times(next.rotation(0).transpose());
    }
}
