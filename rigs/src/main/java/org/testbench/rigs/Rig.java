package org.testbench.rigs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.testbench.protocols.Channel;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.Channels;
import org.testbench.protocols.SignalValue;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.device.DeviceSignals;
import org.testbench.protocols.Subscription;
import org.testbench.rigs.device.PoseTracker;
import org.testbench.rigs.device.RigClock;
import org.testbench.rigs.device.Robot;
import org.testbench.rigs.device.SignalClock;
import org.testbench.rigs.device.WallClock;
import org.testbench.rigs.device.channel.ChannelDeviceSignals;
import org.testbench.rigs.device.channel.ChannelPoseTracker;
import org.testbench.rigs.device.channel.ChannelRobot;

/**
 * A connected rig: one channel per device, the devices as the types procedures use, and its clock.
 * Any device's signals can also be read and subscribed to by name, in the units of the rig file,
 * which is how the safety supervisor watches limits.
 */
public final class Rig implements AutoCloseable {

    /** How long a clock signal may stand still while a step waits on it before the run ends as a rig fault. */
    private static final java.time.Duration CLOCK_STALL = java.time.Duration.ofSeconds(10);

    private final RigDefinition definition;
    private final Map<String, Channel> channels;

    private Rig(RigDefinition definition, Map<String, Channel> channels) {
        this.definition = definition;
        this.channels = channels;
    }

    /**
     * Connects to every device and reads every mapped signal once, so that an address the device
     * does not know is found before anything is commanded (a wrong stop address must not first
     * show up in teardown). On a failure, closes what was already open.
     *
     * @param definition the validated rig
     * @return the connected rig
     * @throws ChannelException naming the device endpoint, or the signal and address that cannot be read
     */
    public static Rig connect(RigDefinition definition) throws ChannelException {
        Map<String, Channel> channels = new LinkedHashMap<>();
        try {
            for (DeviceDefinition device : definition.devices().values()) {
                Channel channel = Channels.open(device.channelConfig());
                channels.put(device.name(), channel);
                channel.connect();
                readEverySignal(device, channel);
            }
        } catch (ChannelException | RuntimeException e) {
            channels.values().forEach(Channel::close);
            throw e;
        }
        return new Rig(definition, channels);
    }

    private static void readEverySignal(DeviceDefinition device, Channel channel) throws ChannelException {
        List<SignalDefinition> signals = List.copyOf(device.signals().values());
        List<SignalValue> values = channel.read(signals.stream().map(SignalDefinition::address).toList());
        for (int i = 0; i < signals.size(); i++) {
            if (!values.get(i).good()) {
                throw new ChannelException(device.endpoint(), signals.get(i).address(), "signal " + device.name() + "."
                        + signals.get(i).name() + " cannot be read: " + values.get(i).status(), null);
            }
        }
    }

    /** @return the definition this rig was connected from */
    public RigDefinition definition() {
        return definition;
    }

    /**
     * @param name a device of type robot
     * @return the robot
     */
    public Robot robot(String name) {
        return new ChannelRobot(device(name, DeviceType.ROBOT), channels.get(name));
    }

    /**
     * @param name a device of type pose-tracker
     * @return the tracker
     */
    public PoseTracker tracker(String name) {
        return new ChannelPoseTracker(device(name, DeviceType.POSE_TRACKER), channels.get(name));
    }

    /**
     * @param name a device of type generic
     * @return its signals, read and written in engineering units
     */
    public DeviceSignals signals(String name) {
        return new ChannelDeviceSignals(device(name, DeviceType.GENERIC), channels.get(name));
    }

    /**
     * Writes the rig file's safe state, every write in order: a failed write is reported and the
     * next one still made, because a torque left on must not keep a servo from being disabled.
     *
     * @return one message per write that failed, naming the signal; empty when all landed (or the
     *     rig declares no safe state)
     */
    public List<String> applySafeState() {
        List<String> failures = new ArrayList<>();
        for (SafeWrite write : definition.safeState()) {
            String device = write.signal().device();
            try {
                new ChannelDeviceSignals(definition.devices().get(device), channels.get(device))
                        .write(write.signal().signal(), write.value());
            } catch (DeviceException | RuntimeException e) {
                failures.add("safe state " + write + " failed: " + e.getMessage());
            }
        }
        return failures;
    }

    /** @return the rig's time: its clock signal when the rig file declares one, else wall time */
    public RigClock clock() {
        SignalName clock = definition.clock();
        if (clock == null) {
            return new WallClock();
        }
        // A generic device's time signal, or a robot's controller clock: read the same way.
        DeviceSignals device = new ChannelDeviceSignals(device(clock.device()), channels.get(clock.device()));
        return new SignalClock(device, clock.signal(), CLOCK_STALL);
    }

    /**
     * Reads signals of one device in one request, by name: any device, whatever its type, so that
     * {@code generic} devices can be read too.
     *
     * @param device  the device's name
     * @param signals names of its signals
     * @return one sample per signal, in order, valued in the signal's unit ({@code raw * scale +
     *     offset}; a Boolean reads as 1 or 0) and stamped with the device's source time; a value the
     *     device marks bad, or that is not a number, is NaN and not good
     * @throws ChannelException when the request fails
     * @throws IllegalArgumentException when the device or a signal is not in the rig
     */
    public List<Sample> read(String device, List<String> signals) throws ChannelException {
        DeviceDefinition d = device(device);
        List<SignalDefinition> read = signals.stream().map(d::signal).toList();
        List<SignalValue> values = channels.get(device).read(read.stream().map(SignalDefinition::address).toList());
        List<Sample> samples = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            samples.add(sample(device, read.get(i), values.get(i)));
        }
        return samples;
    }

    /**
     * Streams signals of one device to a listener, sampled at {@code period} (an OPC UA
     * subscription, or polling where the protocol has none), until the subscription is closed.
     *
     * @param device   the device's name
     * @param signals  names of its signals
     * @param period   how often the device should sample them
     * @param listener called with each sample, valued as {@link #read} values them, on one thread
     *                 of the channel's at a time; it must return quickly
     * @return the running subscription
     * @throws ChannelException when the device refuses the subscription
     * @throws IllegalArgumentException when the device or a signal is not in the rig
     */
    public Subscription subscribe(String device, List<String> signals, Duration period, Consumer<Sample> listener)
            throws ChannelException {
        DeviceDefinition d = device(device);
        Map<String, List<SignalDefinition>> byAddress = new LinkedHashMap<>();
        for (String name : signals) {
            SignalDefinition s = d.signal(name);
            byAddress.computeIfAbsent(s.address(), a -> new ArrayList<>()).add(s);
        }
        // Two values per item let one publish arrive late without a sample being dropped.
        return channels.get(device).subscribe(List.copyOf(byAddress.keySet()), period, 2,
                v -> byAddress.get(v.address()).forEach(s -> listener.accept(sample(device, s, v))));
    }

    private static Sample sample(String device, SignalDefinition signal, SignalValue v) {
        double raw = !v.good() ? Double.NaN : v.value() instanceof Number n ? n.doubleValue()
                : v.value() instanceof Boolean b ? (b ? 1 : 0) : Double.NaN;
        boolean good = v.good() && !Double.isNaN(raw);
        return new Sample(v.sourceTime(), device, signal.name(), good ? signal.toUnit(raw) : Double.NaN,
                signal.unit().symbol(), good, Map.of());
    }

    private DeviceDefinition device(String name) {
        DeviceDefinition d = definition.devices().get(name);
        if (d == null) {
            throw new IllegalArgumentException("rig " + definition.name() + " has no device '" + name + "'");
        }
        return d;
    }

    private DeviceDefinition device(String name, DeviceType type) {
        DeviceDefinition d = definition.devices().get(name);
        if (d == null || d.type() != type) {
            throw new IllegalArgumentException("rig " + definition.name() + " has no " + type.label() + " '" + name + "'");
        }
        return d;
    }

    @Override
    public void close() {
        channels.values().forEach(Channel::close);
    }
}
