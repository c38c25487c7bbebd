package org.testbench.rigs.sim.robot;

import java.io.IOException;
import java.time.Instant;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.testbench.protocols.opcua.server.LoopbackServer;
import org.testbench.protocols.opcua.server.LoopbackServerConfig;
import org.testbench.standards.geometry.Pose;

/**
 * A simulated 6-axis robot and laser tracker served over OPC UA (Eclipse Milo), bound to
 * 127.0.0.1 only, with SecurityPolicy None and anonymous access. The address space is described
 * in the package documentation; the rig file {@code rigs/sim-robot.yaml} maps it.
 *
 * <p>Besides the OPC UA interface, the observation methods let a test check what really happened
 * to the robot (moves completed, stop received, true pose) independently of what a client read.
 */
public final class SimulatedRobotServer implements AutoCloseable {

    /** The namespace of every node; registered first, so it has index 2 ({@code ns=2}). */
    public static final String NAMESPACE_URI = "urn:testbench:sim-robot";

    private static final int EXPECTED_NAMESPACE_INDEX = 2;

    private final LoopbackServer<RobotNamespace> server;
    private final RobotNamespace namespace;
    private final RobotMotion motion;
    private final ExpectedCharacteristics expected;

    private SimulatedRobotServer(LoopbackServer<RobotNamespace> server, SimulatedRobotConfig config) {
        this.server = server;
        this.namespace = server.namespace();
        this.motion = namespace.motion();
        this.expected = new ExpectedCharacteristics(config);
    }

    /**
     * Starts the server and returns once it accepts connections.
     *
     * @param config the robot, its errors and the port
     * @return the running server
     * @throws IOException when the port cannot be bound or the server does not start, naming the address
     */
    public static SimulatedRobotServer start(SimulatedRobotConfig config) throws IOException {
        LoopbackServerConfig serverConfig = LoopbackServerConfig
                .of("urn:testbench:sim-robot-server", "testbench simulated robot")
                .withPort(config.port())
                .withPath(config.path());
        return new SimulatedRobotServer(LoopbackServer.start(serverConfig, server -> robotNamespace(server, config)),
                config);
    }

    /** @return the endpoint, e.g. {@code opc.tcp://127.0.0.1:4840/testbench} */
    public String endpointUrl() {
        return server.endpointUrl();
    }

    /** @return the bound TCP port, the chosen one when the configuration asked for 0 */
    public int port() {
        return server.port();
    }

    /** @return how many moves have settled since start-up */
    public long movesCompleted() {
        return motion.snapshot().movesCompleted();
    }

    /** @return whether a client has written true to {@code Robot/Stop} since start-up */
    public boolean stopped() {
        return namespace.stopWritten();
    }

    /** @return the current motion state, as published on {@code Robot/MotionState} */
    public MotionState motionState() {
        return motion.snapshot().state();
    }

    /** @return the pose the controller believes it has, as published on {@code Robot/Actual/*} */
    public Pose actualPose() {
        return motion.snapshot().actual();
    }

    /** @return the pose the mechanism really has: what the tracker measures, without its noise */
    public Pose attainedPose() {
        return motion.snapshot().attained();
    }

    /** @return the simulated duration of the last move started, motion plus settling, seconds */
    public double lastMoveSimulatedSeconds() {
        return motion.snapshot().lastMoveSeconds();
    }

    /** @return simulated seconds since start-up, the time {@code Robot/SimulatedTime} shows */
    public double simulatedSeconds() {
        return motion.snapshot().nowS();
    }

    /**
     * @return when the robot started its first motion, stamped as the simulator stamps values: the
     *     robot warms up, and drifts (ISO 9283 7.7), from then; null while it has not moved
     */
    public Instant firstMoved() {
        double warm = motion.warmSinceS();
        return Double.isInfinite(warm) ? null : instantOf(warm);
    }

    /**
     * @param simulatedSeconds simulated seconds since start-up
     * @return the instant the simulator stamps values of that time with
     */
    public Instant instantOf(double simulatedSeconds) {
        return motion.clock().instant(simulatedSeconds);
    }

    /** @return what the ISO 9283 characteristics of this robot should measure, from its parameters */
    public ExpectedCharacteristics expected() {
        return expected;
    }

    /** Stops serving; clients see the connection drop. Never throws. */
    @Override
    public void close() {
        server.close();
    }

    /** A fresh robot for each start attempt, so a retried start begins from the same state. */
    private static RobotNamespace robotNamespace(OpcUaServer server, SimulatedRobotConfig config) {
        RobotMotion motion = new RobotMotion(config, new RobotErrorModel(config),
                new SimulatedClock(System::nanoTime, config.timeScale(), Instant.now()));
        RobotNamespace namespace = new RobotNamespace(server, config, motion);
        int index = namespace.getNamespaceIndex().intValue();
        if (index != EXPECTED_NAMESPACE_INDEX) {
            throw new IllegalStateException("namespace " + NAMESPACE_URI + " got index " + index + ", not "
                    + EXPECTED_NAMESPACE_INDEX + ": the rig files address it as ns=" + EXPECTED_NAMESPACE_INDEX);
        }
        return namespace;
    }
}
