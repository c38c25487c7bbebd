package org.testbench.protocols;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

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
     * @param value   a {@link Double}, {@link Integer}, {@link Boolean} or {@link String}; where the
     *                protocol has array values (OPC UA), also an array of one of them
     * @throws ChannelException when the device rejects the write or cannot be reached
     */
    void write(String address, Object value) throws ChannelException;

    /**
     * Streams the values of some addresses to a listener until the subscription is closed.
     *
     * <p>Every sample is one {@link SignalValue} with the device's source timestamp and status,
     * delivered in the order the device produced them, on one thread at a time (the listener needs
     * no locking, but must return quickly: it holds up the values behind it). Where the protocol has
     * a status per value (OPC UA), an address the device does not know arrives as a value with
     * {@code good == false} and the device's status, each time the subscription is (re)created.
     * After a lost connection the channel reconnects and the values flow again by themselves; while
     * they do not, {@link Subscription#lastFailure()} says why.
     *
     * <p>This default polls with {@link #read} at the sampling interval, each value stamped with
     * the time the reply arrived, which is all a device without subscriptions of its own (Modbus)
     * can offer; OPC UA overrides it with a server-side subscription.
     *
     * @param addresses        the addresses to watch, at least one
     * @param samplingInterval how often the device should sample each address (a server may revise
     *                         it, e.g. to its fastest rate)
     * @param queueSize        how many samples per address the device may hold between two
     *                         deliveries, so that none is lost when sampling is faster than
     *                         publishing; polling delivers every sample as it is read and keeps none
     * @param listener         called with every value
     * @return the running subscription; close it to stop
     * @throws ChannelException when the channel is not connected, an address is malformed or the
     *     device refuses the subscription, within the request timeout
     */
    default Subscription subscribe(List<String> addresses, Duration samplingInterval, int queueSize,
            Consumer<SignalValue> listener) throws ChannelException {
        return PollingSubscription.start(this, addresses, samplingInterval, queueSize, listener);
    }

    /**
     * Calls a method the device offers and waits for it to return, within the request timeout.
     *
     * <p>This default refuses: a protocol without methods of its own (Modbus) has nothing to call.
     * OPC UA overrides it with the Call service.
     *
     * @param objectAddress the object the method belongs to, e.g. {@code ns=2;s=Robot}
     * @param methodAddress the method, e.g. {@code ns=2;s=Robot/Home}
     * @param inputs        the input arguments in order, each of a type {@link #write} accepts
     * @return the output arguments in order, as {@link #read} returns values
     * @throws ChannelException when the device refuses the call, naming the status and, where the
     *     device says so, the input it refused; or when the protocol has no methods
     */
    default List<Object> call(String objectAddress, String methodAddress, List<Object> inputs)
            throws ChannelException {
        throw new ChannelException(endpoint(), methodAddress, "this protocol has no methods to call", null);
    }

    /** Disconnects; never throws, since it runs on the way out of a failed run too. */
    @Override
    void close();
}
