package org.testbench.rigs.device;

import java.util.List;
import org.testbench.rigs.InstrumentDefinition;
import org.testbench.rigs.Sample;
import org.testbench.standards.geometry.Pose;

/** An instrument that measures the attained pose of the robot's mechanical interface. */
public interface PoseTracker {

    /** @return the device's name in the rig */
    String name();

    /** @return its calibration data, or null when the rig file gives none */
    InstrumentDefinition instrument();

    /**
     * Measures the pose once.
     *
     * @return the pose with the samples it was made of
     * @throws DeviceException when the instrument cannot be read or reports a bad value
     */
    Measurement measure() throws DeviceException;

    /**
     * One pose measurement.
     *
     * @param pose    the attained pose, mm and degrees
     * @param samples the six signal samples (x, y, z, a, b, c) it was made of, without context
     */
    record Measurement(Pose pose, List<Sample> samples) {
    }
}
