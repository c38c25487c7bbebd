package org.testbench.protocols.opcua.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.Lifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.junit.jupiter.api.Test;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.opcua.OpcUaChannel;

/** {@link LoopbackServer} and {@link VariableNamespace} started for real on 127.0.0.1. */
class LoopbackServerTest {

    private static final String NAMESPACE_URI = "urn:testbench:loopback-test";
    private static final LoopbackServerConfig CONFIG =
            LoopbackServerConfig.of("urn:testbench:loopback-test-server", "loopback test server").withPath("/loopback");

    @Test
    void servesTheNamespaceOnLoopbackAtAFreePort() throws IOException, ChannelException {
        try (LoopbackServer<Dial> server = LoopbackServer.start(CONFIG, s -> new Dial(s, 2.5));
                OpcUaChannel channel = new OpcUaChannel(ChannelConfig.builder(server.endpointUrl()).build())) {
            channel.connect();

            assertThat(server.port()).isPositive();
            assertThat(server.endpointUrl()).isEqualTo("opc.tcp://127.0.0.1:" + server.port() + "/loopback");
            assertThat(channel.read(List.of("nsu=" + NAMESPACE_URI + ";s=Dial/Value")).get(0).value())
                    .isEqualTo(2.5);
        }
    }

    @Test
    void aTakenPortFailsNamingTheAddressAndStopsWhatWasStarted() throws IOException {
        try (LoopbackServer<Dial> first = LoopbackServer.start(CONFIG, s -> new Dial(s, 0))) {
            RecordingLifecycle second = new RecordingLifecycle();

            assertThatThrownBy(() -> LoopbackServer.start(CONFIG.withPort(first.port()), s -> second))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("loopback test server")
                    .hasMessageContaining("opc.tcp://127.0.0.1:" + first.port() + "/loopback");
            assertThat(second.calls).containsExactly("startup", "shutdown");
        }
    }

    @Test
    void aNamespaceFactoryThatRefusesTheServerFailsTheStartWithItsOwnException() {
        IllegalStateException refusal = new IllegalStateException("namespace got the wrong index");

        assertThatThrownBy(() -> LoopbackServer.start(CONFIG, s -> {
            throw refusal;
        })).isSameAs(refusal);
    }

    @Test
    void closeReleasesThePortAndMayBeRepeated() throws IOException {
        LoopbackServer<RecordingLifecycle> server = LoopbackServer.start(CONFIG, s -> new RecordingLifecycle());

        server.close();
        assertThatCode(server::close).doesNotThrowAnyException();

        assertThat(server.namespace().calls).containsExactly("startup", "shutdown");
        try (ServerSocket rebound = new ServerSocket(server.port(), 1, InetAddress.getByName(LoopbackServer.HOST))) {
            assertThat(rebound.getLocalPort()).isEqualTo(server.port());
        }
    }

    /** One object holding one read-only value, enough to see the namespace served. */
    private static final class Dial extends VariableNamespace {
        private final double reading;

        Dial(OpcUaServer server, double reading) {
            super(server, NAMESPACE_URI);
            this.reading = reading;
        }

        @Override
        protected void addNodes() {
            UaObjectNode dial = addObject(null, "Dial", "A dial for the test");
            addVariable(dial, "Dial/Value", "The dial's reading", NodeIds.Double, AccessLevel.READ_ONLY,
                    Variant.ofDouble(reading));
        }
    }

    /** A lifecycle that remembers what the server asked of it. */
    private static final class RecordingLifecycle implements Lifecycle {
        private final List<String> calls = new ArrayList<>();

        @Override
        public void startup() {
            calls.add("startup");
        }

        @Override
        public void shutdown() {
            calls.add("shutdown");
        }
    }
}
