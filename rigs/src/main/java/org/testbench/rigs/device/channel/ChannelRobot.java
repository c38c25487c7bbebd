package org.testbench.rigs.device.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToDoubleFunction;
import org.testbench.protocols.Channel;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.SignalValue;
import org.testbench.rigs.Capability;
import org.testbench.rigs.DeviceDefinition;
import org.testbench.rigs.SignalDefinition;
import org.testbench.rigs.device.ClockReading;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.device.Robot;
import org.testbench.rigs.device.RobotPath;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/**
 * A {@link Robot} driven through the register-style motion interface of
 * {@link org.testbench.rigs.DeviceType#ROBOT}: write the six target signals, then a new
 * move-request number, then wait until move-done reports that number. Paths work the same way
 * through the optional path signals (the points as arrays, path-request, path-done); a load is
 * three force signals; the clock one signal.
 */
public final class ChannelRobot implements Robot {

    /** motion-state values that end a move without arriving. */
    private static final int STOPPED = 2;
    private static final int FAULT = 3;
    /** Polling interval while waiting for move-done: short against any real settle time. */
    private static final long POLL_NANOS = Duration.ofMillis(2).toNanos();
    private static final List<String> TARGET_ROLES =
            List.of("target-x", "target-y", "target-z", "target-a", "target-b", "target-c");
    private static final List<String> PATH_ROLES = List.of("path-x", "path-y", "path-z", "path-a", "path-b", "path-c");
    private static final List<ToDoubleFunction<Pose>> AXES = List.of(p -> p.position().x(), p -> p.position().y(),
            p -> p.position().z(), Pose::a, Pose::b, Pose::c);

    private final DeviceDefinition device;
    private final Channel channel;
    private volatile Instant poseAttained;

    /**
     * @param device  the robot's definition
     * @param channel a connected channel to its controller
     */
    public ChannelRobot(DeviceDefinition device, Channel channel) {
        this.device = device;
        this.channel = channel;
    }

    @Override
    public String name() {
        return device.name();
    }

    @Override
    public Set<Capability> capabilities() {
        Set<Capability> offered = EnumSet.noneOf(Capability.class);
        device.type().capabilities().stream().filter(device::has).forEach(offered::add);
        return offered;
    }

    @Override
    public void setSpeedOverride(double percent) throws DeviceException {
        write("speed-override", device.signal("speed-override").toRaw(percent));
    }

    @Override
    public void moveTo(Pose target, Duration timeout) throws DeviceException, InterruptedException {
        for (int i = 0; i < TARGET_ROLES.size(); i++) {
            String role = TARGET_ROLES.get(i);
            write(role, device.signal(role).toRaw(AXES.get(i).applyAsDouble(target)));
        }
        int request = (int) read("move-request") + 1;
        write("move-request", request);
        awaitDone("move-done", request, "move " + request + " to " + target, timeout);
    }

    @Override
    public void followPath(RobotPath path, Duration timeout) throws DeviceException, InterruptedException {
        require(Capability.PATH);
        write("path-type", path.type().code());
        for (int i = 0; i < PATH_ROLES.size(); i++) {
            SignalDefinition signal = device.signal(PATH_ROLES.get(i));
            ToDoubleFunction<Pose> axis = AXES.get(i);
            Double[] values = path.points().stream().map(p -> signal.toRaw(axis.applyAsDouble(p))).toArray(Double[]::new);
            write(PATH_ROLES.get(i), values);
        }
        write("path-speed", device.signal("path-speed").toRaw(path.speedMmPerS()));
        int request = (int) read("path-request") + 1;
        write("path-request", request);
        awaitDone("path-done", request, "path " + request + " (" + path.type().name().toLowerCase() + ", "
                + path.points().size() + " points at " + path.speedMmPerS() + " mm/s)", timeout);
    }

    @Override
    public void applyLoad(Vector3 forceN) throws DeviceException {
        require(Capability.LOAD);
        double[] components = forceN.toArray();
        String[] roles = {"load-x", "load-y", "load-z"};
        for (int i = 0; i < roles.length; i++) {
            write(roles[i], device.signal(roles[i]).toRaw(components[i]));
        }
    }

    @Override
    public ClockReading clock() throws DeviceException {
        require(Capability.CLOCK);
        SignalValue value = readRaw("clock").get(0);
        return new ClockReading(value.sourceTime(), device.signal("clock").toBase(value.asDouble()));
    }

    @Override
    public Instant poseAttainedTime() throws DeviceException {
        Instant time = poseAttained;
        if (time == null) {
            throw new DeviceException(device.name() + " has not completed a move or path yet", null);
        }
        return time;
    }

    @Override
    public void stop() throws DeviceException {
        write("stop", Boolean.TRUE);
    }

    /** Waits for the done signal to report the request, keeping its source time as the "pose attained" time. */
    private void awaitDone(String doneRole, int request, String what, Duration timeout)
            throws DeviceException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<SignalValue> state = readRaw(doneRole, "motion-state");
            if ((int) state.get(0).asDouble() == request) {
                poseAttained = state.get(0).sourceTime();
                return;
            }
            int motion = (int) state.get(1).asDouble();
            if (motion == STOPPED || motion == FAULT) {
                throw new DeviceException(device.name() + ": " + what + " ended with "
                        + (motion == STOPPED ? "the robot stopped" : "a controller fault") + " (motion-state "
                        + motion + ")", null);
            }
            if (System.nanoTime() > deadline) {
                throw new DeviceException(device.name() + ": " + what + " did not settle within " + timeout.toMillis()
                        + " ms", null);
            }
            LockSupport.parkNanos(POLL_NANOS);
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while " + device.name() + " ran " + what);
            }
        }
    }

    private void require(Capability capability) throws DeviceException {
        try {
            device.require(capability);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(e.getMessage(), null);
        }
    }

    private double read(String role) throws DeviceException {
        return readRaw(role).get(0).asDouble();
    }

    private List<SignalValue> readRaw(String... roles) throws DeviceException {
        List<String> addresses = Arrays.stream(roles).map(r -> device.signal(r).address()).toList();
        try {
            List<SignalValue> values = channel.read(addresses);
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).good() || !(values.get(i).value() instanceof Number)) {
                    throw new DeviceException(device.name() + "." + roles[i] + " (" + addresses.get(i)
                            + "): bad value " + values.get(i).value() + ", status " + values.get(i).status(), null);
                }
            }
            return values;
        } catch (ChannelException e) {
            throw new DeviceException(device.name() + ": cannot read " + String.join(", ", roles) + ": "
                    + e.getMessage(), e);
        }
    }

    private void write(String role, Object value) throws DeviceException {
        SignalDefinition signal = device.signal(role);
        try {
            channel.write(signal.address(), value);
        } catch (ChannelException e) {
            throw new DeviceException(device.name() + "." + role + ": cannot write "
                    + (value instanceof Object[] array ? Arrays.toString(array) : value) + ": " + e.getMessage(), e);
        }
    }
}
