package org.testbench.protocols.opcua;

import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.UaRuntimeException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * A channel address parsed as an OPC UA node: {@code ns=<index>;<id>} or {@code nsu=<uri>;<id>},
 * where {@code <id>} is {@code s=}, {@code i=}, {@code g=} or {@code b=} as OPC UA Part 6 writes them.
 *
 * @param address the address as the rig file wrote it
 * @param node    the parsed node, its namespace still given by index or URI
 */
record NodeAddress(String address, ExpandedNodeId node) {

    /** How an address should look; quoted in every parse error. */
    static final String FORMAT = "expected ns=<index>;s=<name> or nsu=<uri>;s=<name>, e.g. ns=2;s=Robot/Target/X";

    /**
     * @param address the address to parse
     * @return the parsed address
     * @throws IllegalArgumentException when the address is not a local NodeId, saying why
     */
    static NodeAddress parse(String address) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("empty address (" + FORMAT + ")");
        }
        ExpandedNodeId node;
        try {
            node = ExpandedNodeId.parse(address.strip());
        } catch (UaRuntimeException e) {
            Throwable reason = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException("malformed NodeId: " + reason.getMessage() + " (" + FORMAT + ")", e);
        }
        if (!node.isLocal()) {
            throw new IllegalArgumentException("NodeId names another server (svr=" + node.getServerIndex()
                    + "); only nodes of the connected server can be addressed");
        }
        return new NodeAddress(address, node);
    }

    /** @return whether the namespace is given by URI and needs the server's namespace table */
    boolean byUri() {
        return node.getNamespaceUri() != null;
    }

    /**
     * @param namespaces the server's namespace table
     * @return the node with its namespace as an index, or empty when the table lacks the URI
     */
    Optional<NodeId> resolve(NamespaceTable namespaces) {
        return node.toNodeId(namespaces);
    }

    /** @return the namespace URI this address names, or null when it names an index */
    String namespaceUri() {
        return node.getNamespaceUri();
    }
}
