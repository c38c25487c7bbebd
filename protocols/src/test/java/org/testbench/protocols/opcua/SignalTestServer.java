package org.testbench.protocols.opcua;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

/**
 * A small Milo server on 127.0.0.1 for the channel tests: one writable node per supported type
 * and one read-only node, in namespace {@value #NAMESPACE_URI}.
 */
final class SignalTestServer implements AutoCloseable {

    static final String NAMESPACE_URI = "urn:testbench:channel-test";

    private final OpcUaServer server;
    private final int port;

    private SignalTestServer(OpcUaServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static SignalTestServer start() throws Exception {
        int port = freePort();
        EndpointConfig endpoint = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress("127.0.0.1")
                .setHostname("127.0.0.1")
                .setBindPort(port)
                .setPath("/test")
                .setSecurityPolicy(SecurityPolicy.None)
                .setSecurityMode(MessageSecurityMode.None)
                .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS)
                .build();
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri("urn:testbench:channel-test-server")
                .setProductUri("urn:testbench")
                .setApplicationName(LocalizedText.english("channel test server"))
                .setEndpoints(Set.of(endpoint))
                .setIdentityValidator(AnonymousIdentityValidator.INSTANCE)
                .build();
        OpcUaServer server = new OpcUaServer(config,
                profile -> new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build()));
        new Signals(server).startup();
        server.startup().get(30, TimeUnit.SECONDS);
        return new SignalTestServer(server, port);
    }

    String endpointUrl() {
        return "opc.tcp://127.0.0.1:" + port + "/test";
    }

    int namespaceIndex() {
        return server.getNamespaceTable().getIndex(NAMESPACE_URI).intValue();
    }

    @Override
    public void close() throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The test nodes, under a folder {@code Signals} in the Objects folder. */
    private static final class Signals extends ManagedNamespaceWithLifecycle {

        private final SubscriptionModel subscriptions;

        Signals(OpcUaServer server) {
            super(server, NAMESPACE_URI);
            subscriptions = new SubscriptionModel(server, this);
            getLifecycleManager().addLifecycle(subscriptions);
            getLifecycleManager().addStartupTask(this::addNodes);
        }

        private void addNodes() {
            UaFolderNode folder = new UaFolderNode(getNodeContext(), newNodeId("Signals"),
                    newQualifiedName("Signals"), LocalizedText.english("Signals"));
            getNodeManager().addNode(folder);
            folder.addReference(new Reference(folder.getNodeId(), NodeIds.Organizes,
                    NodeIds.ObjectsFolder.expanded(), false));
            add(folder, "Double", NodeIds.Double, Variant.ofDouble(1.5), AccessLevel.READ_WRITE);
            add(folder, "Int32", NodeIds.Int32, Variant.ofInt32(7), AccessLevel.READ_WRITE);
            add(folder, "Boolean", NodeIds.Boolean, Variant.ofBoolean(false), AccessLevel.READ_WRITE);
            add(folder, "String", NodeIds.String, Variant.ofString("hello"), AccessLevel.READ_WRITE);
            add(folder, "ReadOnly", NodeIds.Double, Variant.ofDouble(42.0), AccessLevel.READ_ONLY);
        }

        private void add(UaFolderNode folder, String name, NodeId type, Variant value, Set<AccessLevel> access) {
            UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                    .setNodeId(newNodeId("Signals/" + name))
                    .setBrowseName(newQualifiedName(name))
                    .setDisplayName(LocalizedText.english(name))
                    .setDataType(type)
                    .setTypeDefinition(NodeIds.BaseDataVariableType)
                    .setAccessLevel(access)
                    .setUserAccessLevel(access)
                    .build();
            node.setValue(new DataValue(value));
            getNodeManager().addNode(node);
            folder.addOrganizes(node);
        }

        @Override
        public void onDataItemsCreated(List<DataItem> items) {
            subscriptions.onDataItemsCreated(items);
        }

        @Override
        public void onDataItemsModified(List<DataItem> items) {
            subscriptions.onDataItemsModified(items);
        }

        @Override
        public void onDataItemsDeleted(List<DataItem> items) {
            subscriptions.onDataItemsDeleted(items);
        }

        @Override
        public void onMonitoringModeChanged(List<MonitoredItem> items) {
            subscriptions.onMonitoringModeChanged(items);
        }
    }
}
