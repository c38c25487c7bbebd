package org.testbench.protocols.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testbench.protocols.Channel;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.Channels;

/** OPC UA method calls against the Calculator object of the node-opcua peer. */
class OpcUaMethodNodeOpcUaIT {

    private static final String NS = "nsu=urn:testbench:node-opcua-peer;s=";

    private static NodeOpcUaPeer peer;
    private static OpcUaChannel channel;

    @BeforeAll
    static void connect() throws Exception {
        peer = NodeOpcUaPeer.start(SignalTestServer.freePort());
        channel = new OpcUaChannel(ChannelConfig.builder(peer.endpointUrl()).build());
        channel.connect();
    }

    @AfterAll
    static void stop() {
        if (channel != null) {
            channel.close();
        }
        if (peer != null) {
            peer.close();
        }
    }

    @Test
    void returnsTheOutputs() throws ChannelException {
        assertThat(channel.call(NS + "Calculator", NS + "Calculator/Add", List.of(1.25, 2.5))).containsExactly(3.75);
        assertThat(channel.call(NS + "Calculator", NS + "Calculator/Divide", List.of(7.0, 2.0))).containsExactly(3.5);
    }

    @Test
    void aRefusedCallNamesTheStatus() {
        assertThatThrownBy(() -> channel.call(NS + "Calculator", NS + "Calculator/Divide", List.of(1.0, 0.0)))
                .isInstanceOf(ChannelException.class)
                .hasMessage(peer.endpointUrl() + " " + NS + "Calculator/Divide: call on " + NS + "Calculator refused: "
                        + "Bad_InvalidArgument");
        assertThatThrownBy(() -> channel.call(NS + "Calculator", NS + "Calculator/Missing", List.of()))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining("Calculator/Missing: call on " + NS + "Calculator refused: Bad_");
    }

    @Test
    void aWrongInputTypeNamesTheInput() {
        assertThatThrownBy(() -> channel.call(NS + "Calculator", NS + "Calculator/Add", List.of(1.0, "two")))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining("input 2 (two): Bad_TypeMismatch");
    }

    @Test
    void modbusHasNoMethods() {
        try (Channel modbus = Channels.open(ChannelConfig.builder("modbus-tcp://127.0.0.1:1502").build())) {
            assertThatThrownBy(() -> modbus.call("holding:0", "holding:1", List.of()))
                    .isInstanceOf(ChannelException.class)
                    .hasMessage("modbus-tcp://127.0.0.1:1502 holding:1: this protocol has no methods to call");
        }
    }
}
