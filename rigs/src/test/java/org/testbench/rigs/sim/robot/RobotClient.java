package org.testbench.rigs.sim.robot;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.SignalValue;
import org.testbench.protocols.opcua.OpcUaChannel;
import org.testbench.standards.geometry.Pose;

/** The tests' side of the simulated robot: its OPC UA interface driven through an {@link OpcUaChannel}. */
final class RobotClient implements AutoCloseable {

    static final List<String> TARGET = addresses("Robot/Target/");
    static final List<String> ACTUAL = addresses("Robot/Actual/");
    static final List<String> TRACKER = addresses("Tracker/");
    static final String MOVE_REQUEST = "ns=2;s=Robot/MoveRequest";
    static final String MOVE_DONE = "ns=2;s=Robot/MoveDone";
    static final String MOTION_STATE = "ns=2;s=Robot/MotionState";
    static final String SPEED_OVERRIDE = "ns=2;s=Robot/SpeedOverride";
    static final String STOP = "ns=2;s=Robot/Stop";

    private final OpcUaChannel channel;

    RobotClient(SimulatedRobotServer server) throws ChannelException {
        channel = new OpcUaChannel(ChannelConfig.builder(server.endpointUrl()).build());
        channel.connect();
    }

    OpcUaChannel channel() {
        return channel;
    }

    /** Writes the target and a new move request; returns the request number without waiting. */
    int startMove(Pose target) throws ChannelException {
        double[] values = {target.position().x(), target.position().y(), target.position().z(),
            target.a(), target.b(), target.c()};
        for (int i = 0; i < values.length; i++) {
            channel.write(TARGET.get(i), values[i]);
        }
        int request = readInt(MOVE_REQUEST) + 1;
        channel.write(MOVE_REQUEST, request);
        return request;
    }

    /** Moves and waits until MoveDone reports the move; fails on a stop, a fault or after 30 s. */
    void moveTo(Pose target) throws ChannelException {
        int request = startMove(target);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (readInt(MOVE_DONE) != request) {
            int state = readInt(MOTION_STATE);
            if (state >= MotionState.STOPPED.code() || System.nanoTime() > deadline) {
                throw new AssertionError("move " + request + " to " + target + " ended in state " + state);
            }
            LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
        }
    }

    Pose tracker() throws ChannelException {
        return pose(channel.read(TRACKER));
    }

    Pose actual() throws ChannelException {
        return pose(channel.read(ACTUAL));
    }

    int readInt(String address) throws ChannelException {
        return (int) channel.read(List.of(address)).get(0).asDouble();
    }

    static Pose pose(List<SignalValue> values) {
        return Pose.of(values.get(0).asDouble(), values.get(1).asDouble(), values.get(2).asDouble(),
                values.get(3).asDouble(), values.get(4).asDouble(), values.get(5).asDouble());
    }

    @Override
    public void close() {
        channel.close();
    }

    private static List<String> addresses(String prefix) {
        return List.of("X", "Y", "Z", "A", "B", "C").stream().map(axis -> "ns=2;s=" + prefix + axis).toList();
    }
}
