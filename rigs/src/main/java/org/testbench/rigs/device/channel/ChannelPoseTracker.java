package org.testbench.rigs.device.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.testbench.protocols.Channel;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.SignalValue;
import org.testbench.protocols.Subscription;
import org.testbench.rigs.DeviceDefinition;
import org.testbench.rigs.Sample;
import org.testbench.rigs.SignalDefinition;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.device.PoseStream;
import org.testbench.rigs.device.PoseTracker;
import org.testbench.rigs.device.TimedPose;
import org.testbench.standards.geometry.Pose;

/**
 * A {@link PoseTracker} read through a channel: the six signals in one request, or streamed by a
 * subscription to all six and reassembled by source timestamp.
 */
public final class ChannelPoseTracker implements PoseTracker {

    private static final List<String> ROLES = List.of("x", "y", "z", "a", "b", "c");
    /** Deliveries at least this often, so the queues must hold what accumulates meanwhile. */
    private static final Duration DELIVERY = Duration.ofMillis(500);
    /** Queues hold this many deliveries' worth, so that a busy machine delivering late loses nothing. */
    private static final int DELIVERIES_QUEUED = 4;
    /** The most samples per signal a device is asked to queue (OPC UA servers cap near there). */
    private static final int LONGEST_QUEUE = 0xFFFF;

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

    /**
     * {@inheritDoc}
     *
     * <p>One subscription to the six signals, each queue sized for the samples of several
     * deliveries, so a late delivery loses none.
     */
    @Override
    public PoseStream stream(Duration samplingInterval, Consumer<TimedPose> listener) throws DeviceException {
        long perDelivery = Math.max(1, DELIVERY.toNanos() / Math.max(1, samplingInterval.toNanos()));
        int queue = (int) Math.min(LONGEST_QUEUE, DELIVERIES_QUEUED * perDelivery);
        PoseAssembler assembler = new PoseAssembler(ROLES.stream().map(device::signal).toList(), listener);
        Subscription subscription;
        try {
            subscription = channel.subscribe(addresses, samplingInterval, queue, assembler);
        } catch (ChannelException | IllegalArgumentException e) {
            throw new DeviceException(device.name() + ": cannot stream the pose: " + e.getMessage(), e);
        }
        return new PoseStream() {
            @Override
            public long incompleteSamples() {
                return assembler.incomplete();
            }

            @Override
            public void close() {
                subscription.close();
            }
        };
    }
}
