package org.testbench.protocols.opcua;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.testbench.protocols.opcua.server.LoopbackServer;
import org.testbench.protocols.opcua.server.LoopbackServerConfig;
import org.testbench.protocols.opcua.server.VariableNamespace;

/**
 * A small Milo server on 127.0.0.1 for the channel tests: one writable node per supported type,
 * a writable Double array, one read-only node and a counter that counts up every millisecond
 * ({@code Signals/Counter}, for subscriptions), in namespace {@value #NAMESPACE_URI}.
 */
final class SignalTestServer implements AutoCloseable {

    static final String NAMESPACE_URI = "urn:testbench:channel-test";

    private final LoopbackServer<Signals> server;

    private SignalTestServer(LoopbackServer<Signals> server) {
        this.server = server;
    }

    static SignalTestServer start() throws IOException {
        return start(0);
    }

    /** @param port the port to serve on, e.g. the one of a server that was stopped; 0 for a free one */
    static SignalTestServer start(int port) throws IOException {
        LoopbackServerConfig config = LoopbackServerConfig
                .of("urn:testbench:channel-test-server", "channel test server")
                .withPath("/test")
                .withPort(port);
        return new SignalTestServer(LoopbackServer.start(config, Signals::new));
    }

    int port() {
        return server.port();
    }

    String endpointUrl() {
        return server.endpointUrl();
    }

    int namespaceIndex() {
        return server.namespace().getNamespaceIndex().intValue();
    }

    @Override
    public void close() {
        server.close();
    }

    static int freePort() throws IOException {
        return LoopbackServer.freePort();
    }

    /** The test nodes, under a folder {@code Signals} in the Objects folder. */
    private static final class Signals extends VariableNamespace {

        private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "signal test server counter");
            thread.setDaemon(true);
            return thread;
        });

        Signals(OpcUaServer server) {
            super(server, NAMESPACE_URI);
            getLifecycleManager().addShutdownTask(ticker::shutdownNow);
        }

        @Override
        protected void addNodes() {
            UaFolderNode folder = addFolder(null, "Signals", "Test signals, one per supported type");
            add(folder, "Double", NodeIds.Double, Variant.ofDouble(1.5), AccessLevel.READ_WRITE);
            add(folder, "Int32", NodeIds.Int32, Variant.ofInt32(7), AccessLevel.READ_WRITE);
            add(folder, "Boolean", NodeIds.Boolean, Variant.ofBoolean(false), AccessLevel.READ_WRITE);
            add(folder, "String", NodeIds.String, Variant.ofString("hello"), AccessLevel.READ_WRITE);
            add(folder, "ReadOnly", NodeIds.Double, Variant.ofDouble(42.0), AccessLevel.READ_ONLY);
            addVariable(folder, "Signals/DoubleArray", "Double array test signal", NodeIds.Double,
                    AccessLevel.READ_WRITE, new Variant(new Double[] {1.0, 2.0, 3.0}))
                    .setValueRank(1);
            UaVariableNode counter = addVariable(folder, "Signals/Counter", "counts up every millisecond",
                    NodeIds.Int32, AccessLevel.READ_ONLY, Variant.ofInt32(0));
            AtomicInteger count = new AtomicInteger();
            ticker.scheduleAtFixedRate(() -> counter.setValue(new DataValue(Variant.ofInt32(count.incrementAndGet()))),
                    1, 1, TimeUnit.MILLISECONDS);
        }

        private void add(UaFolderNode folder, String name, NodeId type, Variant value, Set<AccessLevel> access) {
            addVariable(folder, "Signals/" + name, name + " test signal", type, access, value);
        }
    }
}
