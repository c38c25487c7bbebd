/**
 * The OPC UA implementation of {@link org.testbench.protocols.Channel}, on the Eclipse Milo client.
 *
 * <p>Addresses are NodeId strings. A rig file may name a namespace by index ({@code ns=2;s=...}),
 * which is short but only valid for one server build, or by URI ({@code nsu=urn:...;s=...}), which
 * survives a server that registers its namespaces in another order; the URI form is resolved
 * against the namespace table the server publishes.
 *
 * <p>Every request is bounded by the channel's timeouts on this side too: the Milo client keeps
 * trying to re-establish a lost session in the background and would otherwise let a caller wait
 * for as long as the device is away, while a test run must notice a lost device and reach its
 * teardown.
 *
 * <p>Subscriptions are the exception that keeps going: a run that streams a robot's position must
 * not end because the controller restarted. Milo reconnects the session; a subscription the server
 * forgot is created again on the new session ({@code MonitoredSignals}).
 */
package org.testbench.protocols.opcua;
