package org.testbench.protocols.opcua.server;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.Lifecycle;
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

/**
 * A running Eclipse Milo OPC UA server bound to 127.0.0.1 only, with SecurityPolicy None and
 * anonymous access, serving the namespace its owner built.
 *
 * @param <N> the namespace served, or a lifecycle that bundles several
 */
public final class LoopbackServer<N extends Lifecycle> implements AutoCloseable {

    /** The only address these servers bind to and advertise. */
    public static final String HOST = "127.0.0.1";

    private static final Logger LOG = LoggerFactory.getLogger(LoopbackServer.class);
    private static final long TIMEOUT_S = 30;
    /** A free port found for port 0 may be taken before the bind; try a few before giving up. */
    private static final int FREE_PORT_ATTEMPTS = 3;

    private final OpcUaServer server;
    private final N namespace;
    private final String name;
    private final String endpointUrl;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LoopbackServer(OpcUaServer server, N namespace, String name, String endpointUrl, int port) {
        this.server = server;
        this.namespace = namespace;
        this.name = name;
        this.endpointUrl = endpointUrl;
        this.port = port;
    }

    /**
     * Starts a server and returns once it accepts connections. With port 0 a free port is picked,
     * and picked again a few times should another process take it before the bind.
     *
     * @param config     port, path and application description
     * @param namespaces creates the namespace(s) on the new server, before it starts; called once
     *                   per attempt, and may throw to refuse the server (it is then cleaned up)
     * @param <N>        the namespace type
     * @return the running server
     * @throws IOException when the port cannot be bound or the server does not start in time,
     *                     naming the address {@code opc.tcp://127.0.0.1:PORT/path}
     */
    public static <N extends Lifecycle> LoopbackServer<N> start(LoopbackServerConfig config,
            Function<OpcUaServer, N> namespaces) throws IOException {
        if (config.port() != 0) {
            return startOn(config, config.port(), namespaces);
        }
        IOException last = null;
        for (int attempt = 0; attempt < FREE_PORT_ATTEMPTS; attempt++) {
            try {
                return startOn(config, freePort(), namespaces);
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                last = e;
                LOG.debug("free port taken before bind, retrying", e);
            }
        }
        throw last;
    }

    /**
     * @return a TCP port nothing listens on at 127.0.0.1 right now; someone may take it before
     *         it is used, so a caller that binds it must be ready to retry
     * @throws IOException when no port can be opened on 127.0.0.1
     */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    /** @return the endpoint, e.g. {@code opc.tcp://127.0.0.1:4840/testbench} */
    public String endpointUrl() {
        return endpointUrl;
    }

    /** @return the bound TCP port, the chosen one when the configuration asked for 0 */
    public int port() {
        return port;
    }

    /** @return the namespace the factory created for this server */
    public N namespace() {
        return namespace;
    }

    /** Stops serving, waiting a bounded time; clients see the connection drop. Never throws. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            stop(server, namespace);
            LOG.debug("{} at {} stopped", name, endpointUrl);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("interrupted while stopping {} at {}", name, endpointUrl, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.warn("{} at {} did not shut down cleanly", name, endpointUrl, e);
        }
    }

    private static <N extends Lifecycle> LoopbackServer<N> startOn(LoopbackServerConfig config, int port,
            Function<OpcUaServer, N> namespaces) throws IOException {
        String address = "opc.tcp://" + HOST + ":" + port + config.path();
        OpcUaServer server = new OpcUaServer(serverConfig(config, port),
                profile -> new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build()));
        N namespace = null;
        try {
            namespace = namespaces.apply(server);
            namespace.startup();
            server.startup().get(TIMEOUT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopAfterFailure(server, namespace, new InterruptedIOException(
                    "interrupted while starting " + config.applicationName() + " at " + address));
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw stopAfterFailure(server, namespace, new IOException(
                    "cannot start " + config.applicationName() + " at " + address + ": " + cause, cause));
        } catch (RuntimeException e) {
            throw stopAfterFailure(server, namespace, e);
        }
        LOG.debug("{} serving at {}", config.applicationName(), address);
        return new LoopbackServer<>(server, namespace, config.applicationName(), address, port);
    }

    private static OpcUaServerConfig serverConfig(LoopbackServerConfig config, int port) {
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
        return OpcUaServerConfig.builder()
                .setApplicationUri(config.applicationUri())
                .setProductUri("urn:testbench")
                .setApplicationName(LocalizedText.english(config.applicationName()))
                .setEndpoints(Set.of(endpoint))
                .setIdentityValidator(AnonymousIdentityValidator.INSTANCE)
                .build();
    }

    /** Cleans up a server that failed to start; what goes wrong doing so travels with the failure. */
    private static <T extends Exception> T stopAfterFailure(OpcUaServer server, Lifecycle namespace, T failure) {
        try {
            stop(server, namespace);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    private static void stop(OpcUaServer server, Lifecycle namespace)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            if (namespace != null) {
                namespace.shutdown();
            }
        } finally {
            server.shutdown().get(TIMEOUT_S, TimeUnit.SECONDS);
        }
    }
}
