/**
 * OPC UA servers the project serves itself: simulated rigs and test peers, always on loopback.
 *
 * <p>The bench is a client of real controllers; the servers here exist so that the same client
 * code can be exercised end to end over a real socket, with real timing and real subscriptions,
 * against a device whose behaviour is known. That is why they are deliberately narrow: bound to
 * 127.0.0.1 only, SecurityPolicy None, anonymous access. Nothing here is meant to face a network.
 *
 * <p>{@link org.testbench.protocols.opcua.server.LoopbackServer} owns the Eclipse Milo server
 * lifecycle (endpoint, free port, start-up failures that name the address, bounded shutdown);
 * {@link org.testbench.protocols.opcua.server.VariableNamespace} is the base of an address space
 * made of variable nodes, with subscriptions served the way Milo expects. A simulator or a test
 * only describes its nodes and what a read or write of them does.
 */
package org.testbench.protocols.opcua.server;
