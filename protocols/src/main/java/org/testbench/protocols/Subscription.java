package org.testbench.protocols;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Values of some addresses streaming from a device to a listener, started by
 * {@link Channel#subscribe}. The subscription outlives a lost connection: when the device comes
 * back, values flow again without the caller doing anything; {@link #lastFailure()} tells whether
 * they currently do.
 */
public interface Subscription extends AutoCloseable {

    /** @return the subscribed addresses, in the order given to {@link Channel#subscribe} */
    List<String> addresses();

    /**
     * @return why values stopped arriving (device unreachable, subscription lost and not yet
     *     restored), or empty while they arrive as asked
     */
    Optional<ChannelException> lastFailure();

    /**
     * Stops the stream; once this returns the listener is not called again. Never throws, since it
     * runs on the way out of a failed run too; closing twice does nothing.
     */
    @Override
    void close();

    /**
     * The argument checks every {@link Channel#subscribe} implementation shares.
     *
     * @param addresses        the addresses to subscribe to
     * @param samplingInterval how often to sample
     * @param queueSize        how many samples per address may wait for delivery
     * @param listener         where values go
     * @throws IllegalArgumentException naming the argument that is wrong
     */
    static void checkRequest(List<String> addresses, Duration samplingInterval, int queueSize,
            Consumer<SignalValue> listener) {
        Objects.requireNonNull(listener, "listener");
        if (addresses == null || addresses.isEmpty()) {
            throw new IllegalArgumentException("subscribe needs at least one address");
        }
        if (samplingInterval == null || samplingInterval.isNegative() || samplingInterval.isZero()) {
            throw new IllegalArgumentException("sampling interval must be positive, got " + samplingInterval);
        }
        if (queueSize < 1) {
            throw new IllegalArgumentException("queue size must be at least 1, got " + queueSize);
        }
    }
}
