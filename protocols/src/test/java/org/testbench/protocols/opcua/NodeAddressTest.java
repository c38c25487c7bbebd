package org.testbench.protocols.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned;
import org.junit.jupiter.api.Test;

class NodeAddressTest {

    private final NamespaceTable table = new NamespaceTable();

    NodeAddressTest() {
        table.add("urn:eclipse:milo:server");
        table.add("urn:testbench:sim-robot");
    }

    @Test
    void indexAddressNeedsNoTable() {
        NodeAddress address = NodeAddress.parse("ns=2;s=Robot/Target/X");

        assertThat(address.byUri()).isFalse();
        assertThat(address.resolve(new NamespaceTable())).contains(new NodeId(2, "Robot/Target/X"));
    }

    @Test
    void uriAddressResolvesThroughTheTable() {
        NodeAddress address = NodeAddress.parse("nsu=urn:testbench:sim-robot;s=Robot/Target/X");

        assertThat(address.byUri()).isTrue();
        assertThat(address.namespaceUri()).isEqualTo("urn:testbench:sim-robot");
        assertThat(address.resolve(table)).contains(new NodeId(Unsigned.ushort(2), "Robot/Target/X"));
        assertThat(NodeAddress.parse("nsu=urn:other;s=X").resolve(table)).isEmpty();
    }

    @Test
    void numericIdentifiersParse() {
        assertThat(NodeAddress.parse("ns=0;i=2258").resolve(table)).contains(new NodeId(0, 2258));
    }

    @Test
    void malformedAddressesSayWhatIsExpected() {
        assertThatThrownBy(() -> NodeAddress.parse("Robot/Target/X"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed NodeId")
                .hasMessageContaining("ns=2;s=Robot/Target/X");
        assertThatThrownBy(() -> NodeAddress.parse("ns=2;i=twelve"))
                .hasMessageContaining("twelve");
        assertThatThrownBy(() -> NodeAddress.parse(" "))
                .hasMessageContaining("empty address");
    }

    @Test
    void anotherServersNodeIsRefused() {
        assertThatThrownBy(() -> NodeAddress.parse("svr=1;ns=2;s=X"))
                .hasMessageContaining("svr=1");
    }
}
