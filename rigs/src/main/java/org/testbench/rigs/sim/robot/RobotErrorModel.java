package org.testbench.rigs.sim.robot;

import java.util.Random;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Rotation;
import org.testbench.standards.geometry.Vector3;

/**
 * How far the simulated robot misses a commanded pose: a systematic part that depends on the pose
 * (what ISO 9283 calls accuracy) plus Gaussian scatter drawn once per move (repeatability).
 *
 * <p>Position: {@code p_att = p_cmd + bias + scalePpm * 1e-6 * p_cmd + N(0, sigma)} per axis.
 * Orientation: {@code R_att = R_cmd * exp(orientationBias + N(0, orientationSigma))}, a small
 * rotation in the tool frame, so the error does not depend on how the angles a, b, c wrap.
 *
 * <p>All draws come from one {@link Random} seeded from the configuration, six per move in a
 * fixed order (seven per path: its speed error too), even when a sigma is zero, so that the same
 * seed and the same sequence of moves always give the same attained poses. Not thread-safe: the
 * motion model calls it under its lock.
 */
public final class RobotErrorModel {

    private final SimulatedRobotConfig config;
    private final Random random;

    /** @param config the error parameters and seed */
    public RobotErrorModel(SimulatedRobotConfig config) {
        this.config = config;
        this.random = new Random(config.seed());
    }

    /**
     * The deterministic part of the position error at a commanded position, which the mean of
     * many attained positions converges to; what a known-answer test expects AP to measure.
     *
     * @param commanded the commanded position, mm
     * @return bias + scalePpm * 1e-6 * commanded, mm
     */
    public Vector3 systematicError(Vector3 commanded) {
        return config.biasMm().plus(commanded.times(config.scalePpm() * 1e-6));
    }

    /**
     * The random part of one move or path: position noise and the orientation error.
     *
     * @param noiseMm          the position noise, mm
     * @param orientationError the rotation from commanded to attained orientation, about the base axes
     */
    record Draw(Vector3 noiseMm, Rotation orientationError) {
    }

    /**
     * Draws the random part of one move: six Gaussians, position first.
     *
     * @return the noise and orientation error (bias included)
     */
    Draw draw() {
        double sigma = config.sigmaMm();
        Vector3 noise = new Vector3(random.nextGaussian() * sigma, random.nextGaussian() * sigma,
                random.nextGaussian() * sigma);
        double angleSigma = config.orientationSigmaDeg();
        Vector3 bias = config.orientationBiasDeg();
        Vector3 rotationDeg = new Vector3(bias.x() + random.nextGaussian() * angleSigma,
                bias.y() + random.nextGaussian() * angleSigma, bias.z() + random.nextGaussian() * angleSigma);
        // The error turns about the base axes, the axes the analysis reports APa/b/c about.
        return new Draw(noise, Rotation.fromRotationVector(rotationDeg.times(Math.PI / 180)));
    }

    /**
     * Draws the speed error of one path, after its {@link #draw()}: one more Gaussian, so that a
     * sequence of moves alone draws what it always did.
     *
     * @return the relative speed error e_j, e.g. 0.002 for 0.2 % fast
     */
    double drawSpeedError() {
        return random.nextGaussian() * config.speedErrors().sigmaPercent() / 100;
    }

    /**
     * Draws the attained pose for one move.
     *
     * @param commanded the commanded pose
     * @return the pose the mechanical interface actually reaches
     */
    public Pose attained(Pose commanded) {
        Draw draw = draw();
        Vector3 position = commanded.position().plus(systematicError(commanded.position())).plus(draw.noiseMm());
        double[] abc = draw.orientationError().times(commanded.rotation()).toAbc();
        return new Pose(position, abc[0], abc[1], abc[2]);
    }
}
