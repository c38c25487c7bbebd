package org.testbench.rigs.device.channel;

import java.time.Duration;
import java.util.List;
import org.testbench.protocols.Channel;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.SignalValue;
import org.testbench.rigs.DeviceDefinition;
import org.testbench.rigs.SignalDefinition;
import org.testbench.rigs.device.DeviceException;
import org.testbench.rigs.device.Robot;
import org.testbench.standards.geometry.Pose;

/**
 * A {@link Robot} driven through the register-style motion interface of
 * {@link org.testbench.rigs.DeviceType#ROBOT}: write the six target signals, then a new
 * move-request number, then wait until move-done reports that number.
 */
public final class ChannelRobot implements Robot {

    /** motion-state values that end a move without arriving. */
    private static final int STOPPED = 2;
    private static final int FAULT = 3;
    /** Polling interval while waiting for move-done: short against any real settle time. */
    private static final long POLL_NANOS = Duration.ofMillis(2).toNanos();

    private final DeviceDefinition device;
    private final Channel channel;

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
    public void setSpeedOverride(double percent) throws DeviceException {
        write("speed-override", device.signal("speed-override").toRaw(percent));
    }

    @Override
    public void moveTo(Pose target, Duration timeout) throws DeviceException, InterruptedException {
        double[] values = {target.position().x(), target.position().y(), target.position().z(),
            target.a(), target.b(), target.c()};
        String[] roles = {"target-x", "target-y", "target-z", "target-a", "target-b", "target-c"};
        for (int i = 0; i < roles.length; i++) {
            write(roles[i], device.signal(roles[i]).toRaw(values[i]));
        }
        int request = (int) read("move-request") + 1;
        write("move-request", request);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<SignalValue> state = readRaw("move-done", "motion-state");
            if ((int) state.get(0).asDouble() == request) {
                return;
            }
            int motion = (int) state.get(1).asDouble();
            if (motion == STOPPED || motion == FAULT) {
                throw new DeviceException(device.name() + ": move " + request + " to " + target + " ended with "
                        + (motion == STOPPED ? "the robot stopped" : "a controller fault") + " (motion-state "
                        + motion + ")", null);
            }
            if (System.nanoTime() > deadline) {
                throw new DeviceException(device.name() + ": move " + request + " to " + target
                        + " did not settle within " + timeout.toMillis() + " ms", null);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(POLL_NANOS);
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while " + device.name() + " moved to " + target);
            }
        }
    }

    @Override
    public void stop() throws DeviceException {
        write("stop", Boolean.TRUE);
    }

    private double read(String role) throws DeviceException {
        return readRaw(role).get(0).asDouble();
    }

    private List<SignalValue> readRaw(String... roles) throws DeviceException {
        List<String> addresses = java.util.Arrays.stream(roles).map(r -> device.signal(r).address()).toList();
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
            throw new DeviceException(device.name() + "." + role + ": cannot write " + value + ": "
                    + e.getMessage(), e);
        }
    }
}
