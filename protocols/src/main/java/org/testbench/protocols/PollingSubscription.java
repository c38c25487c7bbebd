package org.testbench.protocols;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Subscription} for devices without one of their own (Modbus): the channel's
 * {@link Channel#read} of all addresses at every sampling interval, on a thread of its own, each
 * poll's values handed to the listener in address order with the time the reply arrived.
 *
 * <p>A failed poll does not end the subscription: the channel reconnects on a later read, so the
 * stream resumes by itself once the device answers again. The failure is logged once per outage
 * and kept for {@link #lastFailure()}.
 */
final class PollingSubscription extends DeliveringSubscription {

    private static final Logger LOG = LoggerFactory.getLogger(PollingSubscription.class);

    private final Channel channel;
    private final ScheduledExecutorService poller;

    private PollingSubscription(Channel channel, List<String> addresses, Consumer<SignalValue> listener) {
        super(channel.endpoint(), addresses, listener);
        this.channel = channel;
        this.poller = Executors.newSingleThreadScheduledExecutor(daemonThreads("poll " + channel.endpoint()));
    }

    /**
     * Reads once right away, so that a malformed address or an unreachable device fails the call,
     * then polls at a fixed rate; a poll slower than the interval delays the next, never overlaps it.
     */
    static Subscription start(Channel channel, List<String> addresses, Duration samplingInterval, int queueSize,
            Consumer<SignalValue> listener) throws ChannelException {
        Subscription.checkRequest(addresses, samplingInterval, queueSize, listener);
        PollingSubscription subscription = new PollingSubscription(channel, addresses, listener);
        channel.read(subscription.addresses()).forEach(subscription::deliver);
        long period = samplingInterval.toNanos();
        subscription.poller.scheduleAtFixedRate(subscription::poll, period, period, TimeUnit.NANOSECONDS);
        return subscription;
    }

    @Override
    public void close() {
        poller.shutdownNow();
        stopDelivery();
    }

    private void poll() {
        List<SignalValue> values;
        try {
            values = channel.read(addresses());
        } catch (ChannelException e) {
            if (lastFailure().isEmpty() && !stopped()) {
                LOG.warn("{}: polling {} failed, retrying every sampling interval: {}",
                        endpoint(), addresses(), e.getMessage());
            }
            failure(e);
            return;
        } catch (RuntimeException e) {
            // an escaping exception would cancel the schedule and end the stream without a word
            LOG.error("{}: polling {} failed unexpectedly, retrying", endpoint(), addresses(), e);
            return;
        }
        if (lastFailure().isPresent()) {
            LOG.info("{}: polling {} answers again", endpoint(), addresses());
            failure(null);
        }
        values.forEach(this::deliver);
    }
}
