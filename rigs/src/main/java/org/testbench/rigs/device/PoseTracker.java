package org.testbench.rigs.device;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.testbench.rigs.Sample;
import org.testbench.standards.geometry.Pose;

/** An instrument that measures the attained pose of the robot's mechanical interface. */
public interface PoseTracker {

    /** @return the device's name in the rig */
    String name();

    /**
     * Measures the pose once.
     *
     * @return the pose with the samples it was made of
     * @throws DeviceException when the instrument cannot be read or reports a bad value
     */
    Measurement measure() throws DeviceException;

    /**
     * Streams the pose as the instrument samples it, each sample with the instrument's own
     * timestamp: the time series of stabilization, overshoot and path characteristics.
     *
     * <p>The listener is called on one thread at a time, in sample order, and must return quickly.
     * This default refuses, for an instrument that can only be read pose by pose.
     *
     * @param samplingInterval how often the instrument delivers a sample, wall time: it sizes the
     *                         queues that keep samples from being lost between deliveries
     * @param listener         called with every sample
     * @return the running stream; close it to stop
     * @throws DeviceException when the instrument cannot stream or refuses the subscription
     */
    default PoseStream stream(Duration samplingInterval, Consumer<TimedPose> listener) throws DeviceException {
        throw new DeviceException(name() + " cannot stream poses", null);
    }

    /**
     * One pose measurement.
     *
     * @param pose    the attained pose, mm and degrees
     * @param samples the six signal samples (x, y, z, a, b, c) it was made of, without context
     */
    record Measurement(Pose pose, List<Sample> samples) {
    }
}
