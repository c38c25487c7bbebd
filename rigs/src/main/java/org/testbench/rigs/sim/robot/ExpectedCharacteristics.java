package org.testbench.rigs.sim.robot;

import java.util.List;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.CornerDeviation;
import org.testbench.standards.iso9283.LoadDirection;

/**
 * What each ISO 9283 characteristic of a simulated robot should measure, computed from its
 * parameters in closed form: the known answers a test compares a measurement with, rather than
 * numbers copied from an earlier run.
 *
 * <p>Each value is the model's, free of the random parts (repeatability noise, tracker noise, the
 * per-path speed scatter), which a measurement sees on top, and for motions long enough that the
 * transient at their start has died away (a few 1/(ζ·2πf_n)). Directions are any length but zero.
 */
public final class ExpectedCharacteristics {

    private final SimulatedRobotConfig config;
    private final RobotErrorModel errors;

    /** @param config the simulated robot's parameters */
    public ExpectedCharacteristics(SimulatedRobotConfig config) {
        this.config = config;
        this.errors = new RobotErrorModel(config);
    }

    /**
     * @param overridePercent the speed override, 1..100
     * @return the speed of a point-to-point move, mm/s
     */
    public double moveSpeedMmPerS(double overridePercent) {
        return config.maxSpeedMmPerS() * overridePercent / 100;
    }

    /**
     * @param direction   the direction of travel
     * @param speedMmPerS the commanded speed
     * @return the steady following error, which is also the step the mechanism settles from when
     *     the motion stops, mm
     */
    public Vector3 followingErrorMm(Vector3 direction, double speedMmPerS) {
        return config.pathFollowing().followingErrorMm(unit(direction), speedMmPerS);
    }

    /**
     * Pose overshoot after a move (ISO 9283 clause 7.6), from the controller's move-done signal.
     *
     * @param direction   the direction of the move
     * @param speedMmPerS its speed
     * @param bandMm      the stabilization band radius, mm
     * @return the overshoot, mm; 0 when the mechanism is inside the band from the signal on
     */
    public double overshootMm(Vector3 direction, double speedMmPerS, double bandMm) {
        return config.settling().overshootMm(followingErrorMm(direction, speedMmPerS).norm(), bandMm,
                config.settleTimeS());
    }

    /**
     * Pose stabilization time after a move (ISO 9283 clause 7.5), from the move-done signal.
     *
     * @param direction   the direction of the move
     * @param speedMmPerS its speed
     * @param bandMm      the stabilization band radius, mm
     * @return the stabilization time, s
     */
    public double stabilizationTimeS(Vector3 direction, double speedMmPerS, double bandMm) {
        double fromMotionEnd = config.settling().settlingTimeS(followingErrorMm(direction, speedMmPerS).norm(), bandMm);
        return Math.max(0, fromMotionEnd - config.settleTimeS());
    }

    /**
     * Positioning time of a step (ISO 9283 clause 9): the move at constant speed plus the settling
     * into the band after it.
     *
     * @param stepMm      the step, from start to target, mm
     * @param speedMmPerS the move speed
     * @param bandMm      the band radius, mm
     * @return the time from the start of the move until the mechanism stays in the band, s
     */
    public double positioningTimeS(Vector3 stepMm, double speedMmPerS, double bandMm) {
        return stepMm.norm() / speedMmPerS
                + config.settling().settlingTimeS(followingErrorMm(stepMm, speedMmPerS).norm(), bandMm);
    }

    /**
     * How far a straight path strays across its direction at a speed: what path accuracy AT
     * (ISO 9283 clause 8.2) measures with no pose error (bias, scale, drift, load) on top.
     *
     * @param direction   the path direction
     * @param speedMmPerS the commanded path speed
     * @return the lateral deviation, mm
     */
    public double pathDeviationMm(Vector3 direction, double speedMmPerS) {
        return config.pathFollowing().lateralErrorMm(unit(direction), speedMmPerS).norm();
    }

    /**
     * Corner round-off error CR and corner overshoot CO (ISO 9283 clause 8.5) of a corner from one
     * straight piece to the next, as {@link CornerDeviation#of} measures them when the outgoing
     * piece ends the path: CR = √(ρ² + δ²), ρ = R (1/cos(θ/2) - 1); CO = √(max(R(1 - cos(θ/2)), o)² + δ²),
     * R and o the rounding radius and overshoot at the speed, θ the turning angle, δ the lateral
     * deviation, which here stands off the corner's plane.
     *
     * @param incoming    direction of the piece into the corner
     * @param outgoing    direction of the piece out of it
     * @param speedMmPerS the commanded path speed
     * @return CR and CO, mm
     * @throws IllegalArgumentException when the lateral deviation does not stand normal to the
     *                                  corner's plane, where no closed form holds
     */
    public CornerDeviation cornerDeviation(Vector3 incoming, Vector3 outgoing, double speedMmPerS) {
        Vector3 in = unit(incoming);
        Vector3 out = unit(outgoing);
        PathFollowing following = config.pathFollowing();
        Vector3 normal = unit(CommandedPath.cross(in, out));
        if (following.lateralLagS() > 0 && Math.abs(Math.abs(normal.dot(following.lateralDirection())) - 1) > 1e-9) {
            throw new IllegalArgumentException("the lateral direction " + following.lateralDirection()
                    + " is not normal to the corner's plane " + normal + ": no closed form for CR and CO");
        }
        double half = Math.acos(Math.max(-1, Math.min(1, in.dot(out)))) / 2;
        double radius = following.cornerRadiusS() * speedMmPerS;
        double lateral = following.lateralLagS() * speedMmPerS;
        double roundOff = radius * (1 / Math.cos(half) - 1);
        double beyond = Math.max(radius * (1 - Math.cos(half)), following.cornerOvershootS() * speedMmPerS);
        return new CornerDeviation(Math.hypot(roundOff, lateral), Math.hypot(beyond, lateral));
    }

    /**
     * @param secondsWorking simulated time since the robot first moved (it starts cold), s
     * @return the thermal drift of every attained position by then, mm
     */
    public Vector3 driftMm(double secondsWorking) {
        return config.drift().offsetMm(secondsWorking);
    }

    /**
     * @param forceN a load on the tool, N
     * @return the deflection it causes, mm
     */
    public Vector3 deflectionMm(Vector3 forceN) {
        Vector3 c = config.complianceMmPerN();
        return new Vector3(c.x() * forceN.x(), c.y() * forceN.y(), c.z() * forceN.z());
    }

    /**
     * @param direction a load direction
     * @return the static compliance in it (ISO 9283 clause 10), mm/N
     */
    public double complianceMmPerN(LoadDirection direction) {
        return deflectionMm(direction.unit()).dot(direction.unit());
    }

    /**
     * @param direction the direction a pose is approached from (of travel into it)
     * @return the offset of the attained pose that approach causes, mm
     */
    public Vector3 approachErrorMm(Vector3 direction) {
        return unit(direction).times(-config.approachErrorMm());
    }

    /**
     * Multi-directional pose accuracy variation vAPp (ISO 9283 clause 7.3).
     *
     * @param approachDirections the directions the pose is approached from, at least two
     * @return the largest distance between the mean attained positions of two directions, mm
     */
    public double multiDirectionalVariationMm(List<Vector3> approachDirections) {
        double largest = 0;
        for (Vector3 h : approachDirections) {
            for (Vector3 k : approachDirections) {
                largest = Math.max(largest, approachErrorMm(h).distanceTo(approachErrorMm(k)));
            }
        }
        return largest;
    }

    /**
     * What the mean attained position deviates by at a commanded position: the barycentre's
     * offset that pose accuracy AP (ISO 9283 clause 7.2.1) measures, and its drift (clause 7.7).
     *
     * @param commanded        the commanded position, mm
     * @param approach         the direction the position is approached from
     * @param secondsWorking   when, in simulated time since the robot first moved, s
     * @param forceN           the load on the tool, N
     * @return the systematic error + approach error + drift + deflection, mm
     */
    public Vector3 meanPositionErrorMm(Vector3 commanded, Vector3 approach, double secondsWorking, Vector3 forceN) {
        return errors.systematicError(commanded).plus(approachErrorMm(approach)).plus(driftMm(secondsWorking))
                .plus(deflectionMm(forceN));
    }

    /** @return path velocity accuracy AV (ISO 9283 clause 8.6), % of the commanded speed */
    public double pathVelocityAccuracyPercent() {
        return config.speedErrors().errorPercent();
    }

    /** @return the path velocity repeatability RV the per-path speed scatter tends to, 3σ, % */
    public double pathVelocityRepeatabilityPercent() {
        return 3 * config.speedErrors().sigmaPercent();
    }

    /**
     * @param speedMmPerS the commanded path speed
     * @return path velocity fluctuation FV over a run of at least one ripple period, mm/s
     */
    public double pathVelocityFluctuationMmPerS(double speedMmPerS) {
        SpeedErrors e = config.speedErrors();
        return 2 * e.ripplePercent() / 100 * speedMmPerS * (1 + e.errorPercent() / 100);
    }

    private static Vector3 unit(Vector3 v) {
        double n = v.norm();
        if (!(n > 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("a direction must be a finite non-zero vector, got " + v);
        }
        return v.times(1 / n);
    }
}
