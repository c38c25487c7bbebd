package org.testbench.rigs.device.channel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testbench.protocols.Channel;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.SignalValue;
import org.testbench.rigs.DeviceDefinition;
import org.testbench.rigs.InstrumentDefinition;
import org.testbench.rigs.Sample;
import org.testbench.rigs.SignalDefinition;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.device.PoseTracker;
import org.testbench.standards.geometry.Pose;

/** A {@link PoseTracker} read through a channel: the six signals in one request. */
public final class ChannelPoseTracker implements PoseTracker {

    private static final List<String> ROLES = List.of("x", "y", "z", "a", "b", "c");

    private final DeviceDefinition device;
    private final Channel channel;
    private final List<String> addresses;

    /**
     * @param device  the tracker's definition
     * @param channel a connected channel to it
     */
    public ChannelPoseTracker(DeviceDefinition device, Channel channel) {
        this.device = device;
        this.channel = channel;
        this.addresses = ROLES.stream().map(r -> device.signal(r).address()).toList();
    }

    @Override
    public String name() {
        return device.name();
    }

    @Override
    public InstrumentDefinition instrument() {
        return device.instrument();
    }

    @Override
    public Measurement measure() throws DeviceException {
        List<SignalValue> values;
        try {
            values = channel.read(addresses);
        } catch (ChannelException e) {
            throw new DeviceException(device.name() + ": cannot read the pose: " + e.getMessage(), e);
        }
        double[] pose = new double[ROLES.size()];
        List<Sample> samples = new ArrayList<>(ROLES.size());
        for (int i = 0; i < ROLES.size(); i++) {
            SignalValue v = values.get(i);
            SignalDefinition signal = device.signal(ROLES.get(i));
            if (!v.good() || !(v.value() instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                throw new DeviceException(device.name() + "." + signal.name() + " (" + signal.address()
                        + "): bad reading " + v.value() + ", status " + v.status(), null);
            }
            pose[i] = signal.toBase(n.doubleValue());
            String baseUnit = i < 3 ? "mm" : "deg";
            Instant time = v.sourceTime();
            samples.add(new Sample(time, device.name(), signal.name(), pose[i], baseUnit, true, Map.of()));
        }
        return new Measurement(Pose.of(pose[0], pose[1], pose[2], pose[3], pose[4], pose[5]), samples);
    }
}
