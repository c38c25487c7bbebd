package org.testbench.rigs.sim.robot;

import java.util.Objects;
import org.testbench.standards.geometry.Vector3;

/**
 * The simulated robot warming up from cold (ISO 9283 clause 7.7, drift of pose characteristics):
 * every attained position moves by warmOffset·(1 - e^(-t/τ)), approaching the warm offset
 * exponentially, per axis. t is the simulated time since the robot first moved: it stands cold
 * until it is set to work (and stays cold however long a client takes to connect).
 *
 * @param warmOffsetMm   the offset once warm (t → ∞), mm, per base axis
 * @param timeConstantH  τ, hours, &gt; 0
 */
public record ThermalDrift(Vector3 warmOffsetMm, double timeConstantH) {

    /** A robot that does not drift. */
    public static final ThermalDrift NONE = new ThermalDrift(Vector3.ZERO, 1);

    /** Checks the offset is finite and the time constant positive. */
    public ThermalDrift {
        Objects.requireNonNull(warmOffsetMm, "warmOffsetMm");
        if (!Double.isFinite(warmOffsetMm.x()) || !Double.isFinite(warmOffsetMm.y())
                || !Double.isFinite(warmOffsetMm.z())) {
            throw new IllegalArgumentException("warm offset must be finite, got " + warmOffsetMm);
        }
        if (!(timeConstantH > 0) || Double.isInfinite(timeConstantH)) {
            throw new IllegalArgumentException("drift time constant must be > 0 h and finite, got " + timeConstantH);
        }
    }

    /**
     * @param seconds simulated time since the robot first moved, s; none before
     * @return the drift offset then, mm
     */
    public Vector3 offsetMm(double seconds) {
        return warmOffsetMm.times(1 - Math.exp(-Math.max(0, seconds) / (timeConstantH * 3600)));
    }
}
