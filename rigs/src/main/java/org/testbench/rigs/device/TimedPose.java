package org.testbench.rigs.device;

import java.time.Instant;
import org.testbench.standards.geometry.Pose;

/**
 * One pose sample of a streaming pose tracker.
 *
 * @param time when the instrument sampled it (source timestamp, the instrument's clock)
 * @param pose the attained pose, mm and degrees, in the rig's base units
 */
public record TimedPose(Instant time, Pose pose) {
}
