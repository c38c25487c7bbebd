/**
 * Talking to the devices of a rig, whatever their protocol: a
 * {@link org.testbench.protocols.Channel} per device, opened by
 * {@link org.testbench.protocols.Channels} from its endpoint's scheme.
 *
 * <p>The rest of the bench reads, writes and subscribes to signals by address string and gets
 * {@link org.testbench.protocols.SignalValue}s back, each with the device's source timestamp and
 * status, so that the measurement code never depends on OPC UA or Modbus. Where a protocol lacks a
 * feature the channel contract asks for, the channel emulates it rather than weakening the
 * contract: a Modbus {@link org.testbench.protocols.Subscription} polls.
 */
package org.testbench.protocols;
