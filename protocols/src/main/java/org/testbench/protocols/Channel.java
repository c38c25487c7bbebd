package org.testbench.protocols;

import java.util.List;

/**
 * A connection to one device on a rig, addressed by protocol-specific strings (an OPC UA NodeId
 * such as {@code ns=2;s=Robot/Target/X}, a Modbus signal such as {@code holding:6:float32}).
 *
 * <p>A channel knows nothing of what a signal means: units, scaling and roles belong to the rig.
 * Every failure is a {@link ChannelException} naming the endpoint and the address.
 */
public interface Channel extends AutoCloseable {

    /** @return the endpoint this channel talks to, e.g. {@code opc.tcp://127.0.0.1:4840/testbench} */
    String endpoint();

    /**
     * Connects, or does nothing when already connected.
     *
     * @throws ChannelException when the device cannot be reached within the connect timeout
     */
    void connect() throws ChannelException;

    /**
     * Reads several addresses in one request, keeping the device's source timestamp of each.
     *
     * @param addresses the addresses to read
     * @return one value per address, in the same order; where the protocol has a status per value
     *     (OPC UA), an address the device does not know comes back with {@code good == false} and the
     *     device's status (e.g. Bad_NodeIdUnknown)
     * @throws ChannelException when the request fails or an address is malformed; also when the
     *     device refuses the request as a whole, as Modbus does for a register it does not have
     */
    List<SignalValue> read(List<String> addresses) throws ChannelException;

    /**
     * Writes one value and waits for the device to accept it.
     *
     * @param address the address to write
     * @param value   a {@link Double}, {@link Integer}, {@link Boolean} or {@link String}
     * @throws ChannelException when the device rejects the write or cannot be reached
     */
    void write(String address, Object value) throws ChannelException;

    /** Disconnects; never throws, since it runs on the way out of a failed run too. */
    @Override
    void close();
}
