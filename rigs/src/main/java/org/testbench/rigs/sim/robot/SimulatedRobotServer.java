package org.testbench.rigs.sim.robot;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedRobotServer.class);
    private static final String HOST = "127.0.0.1";
    private static final int EXPECTED_NAMESPACE_INDEX = 2;
    private static final long START_TIMEOUT_S = 30;
    /** A free port found for port 0 may be taken before the bind; try a few before giving up. */
    private static final int FREE_PORT_ATTEMPTS = 3;

    private final OpcUaServer server;
    private final RobotNamespace namespace;
    private final RobotMotion motion;
    private final String endpointUrl;
    private final int port;

    private SimulatedRobotServer(OpcUaServer server, RobotNamespace namespace, RobotMotion motion, String path,
            int port) {
        this.server = server;
        this.namespace = namespace;
        this.motion = motion;
        this.port = port;
        this.endpointUrl = "opc.tcp://" + HOST + ":" + port + path;
    }

    /**
     * Starts the server and returns once it accepts connections.
     *
     * @param config the robot, its errors and the port
     * @return the running server
     * @throws IOException when the port cannot be bound or the server does not start, naming the address
     */
    public static SimulatedRobotServer start(SimulatedRobotConfig config) throws IOException {
        if (config.port() != 0) {
            return startOn(config, config.port());
        }
        IOException last = null;
        for (int attempt = 0; attempt < FREE_PORT_ATTEMPTS; attempt++) {
            try {
                return startOn(config, freePort());
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                last = e;
                LOG.debug("free port taken before bind, retrying", e);
            }
        }
        throw last;
    }

    /** @return the endpoint, e.g. {@code opc.tcp://127.0.0.1:4840/testbench} */
    public String endpointUrl() {
        return endpointUrl;
    }

    /** @return the bound TCP port, the chosen one when the configuration asked for 0 */
    public int port() {
        return port;
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

    /** Stops serving; clients see the connection drop. */
    @Override
    public void close() {
        namespace.shutdown();
        try {
            server.shutdown().get(START_TIMEOUT_S, TimeUnit.SECONDS);
            LOG.debug("simulated robot at {} stopped", endpointUrl);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("interrupted while stopping the simulated robot at {}", endpointUrl, e);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("the simulated robot at {} did not shut down cleanly", endpointUrl, e);
        }
    }

    private static SimulatedRobotServer startOn(SimulatedRobotConfig config, int port) throws IOException {
        EndpointConfig endpoint = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress(HOST)
                .setHostname(HOST)
                .setBindPort(port)
                .setPath(config.path())
                .setSecurityPolicy(SecurityPolicy.None)
                .setSecurityMode(MessageSecurityMode.None)
                .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS)
                .build();
        OpcUaServerConfig serverConfig = OpcUaServerConfig.builder()
                .setApplicationUri("urn:testbench:sim-robot-server")
                .setProductUri("urn:testbench")
                .setApplicationName(LocalizedText.english("testbench simulated robot"))
                .setEndpoints(Set.of(endpoint))
                .setIdentityValidator(AnonymousIdentityValidator.INSTANCE)
                .build();
        OpcUaServer server = new OpcUaServer(serverConfig,
                profile -> new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build()));
        RobotMotion motion = new RobotMotion(config, new RobotErrorModel(config), System::nanoTime);
        RobotNamespace namespace = new RobotNamespace(server, config, motion);
        String address = "opc.tcp://" + HOST + ":" + port + config.path();
        int index = namespace.getNamespaceIndex().intValue();
        if (index != EXPECTED_NAMESPACE_INDEX) {
            throw new IllegalStateException("namespace " + NAMESPACE_URI + " got index " + index + ", not "
                    + EXPECTED_NAMESPACE_INDEX + ": the rig files address it as ns=" + EXPECTED_NAMESPACE_INDEX);
        }
        namespace.startup();
        try {
            server.startup().get(START_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shutdownQuietly(server, namespace);
            throw new InterruptedIOException("interrupted while starting the simulated robot at " + address);
        } catch (ExecutionException | TimeoutException e) {
            shutdownQuietly(server, namespace);
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new IOException("cannot start the simulated robot at " + address + ": " + cause, cause);
        }
        LOG.debug("simulated robot serving at {}", address);
        return new SimulatedRobotServer(server, namespace, motion, config.path(), port);
    }

    private static void shutdownQuietly(OpcUaServer server, RobotNamespace namespace) {
        namespace.shutdown();
        try {
            server.shutdown().get(START_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.debug("interrupted while cleaning up a server that failed to start", e);
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("cleaning up a server that failed to start", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }
}
