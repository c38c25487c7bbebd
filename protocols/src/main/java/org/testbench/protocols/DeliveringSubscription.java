package org.testbench.protocols;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every {@link Subscription} implementation shares: the addresses, the latest failure, and a
 * delivery to the listener that is serial, never reaches the listener after {@link #stopDelivery()}
 * has returned, and outlives a listener that throws.
 */
public abstract class DeliveringSubscription implements Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveringSubscription.class);

    private final String endpoint;
    private final List<String> addresses;
    private final Consumer<SignalValue> listener;
    private final Object deliveryLock = new Object();
    private volatile boolean stopped;
    private volatile ChannelException lastFailure;

    /**
     * @param endpoint  the device endpoint, for messages
     * @param addresses the subscribed addresses
     * @param listener  where values go
     */
    protected DeliveringSubscription(String endpoint, List<String> addresses, Consumer<SignalValue> listener) {
        this.endpoint = endpoint;
        this.addresses = List.copyOf(addresses);
        this.listener = listener;
    }

    @Override
    public final List<String> addresses() {
        return addresses;
    }

    @Override
    public final Optional<ChannelException> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** @return the device endpoint */
    protected final String endpoint() {
        return endpoint;
    }

    /** @return the addresses joined for a {@link ChannelException} */
    protected final String joinedAddresses() {
        return String.join(", ", addresses);
    }

    /** @param failure why values stopped arriving, or null once they arrive again */
    protected final void failure(ChannelException failure) {
        lastFailure = failure;
    }

    /** @return whether {@link #stopDelivery()} was called */
    protected final boolean stopped() {
        return stopped;
    }

    /**
     * Hands one value to the listener unless delivery has stopped; a listener's exception is logged,
     * since on a protocol's delivery thread it would end the stream or vanish in that library's log.
     *
     * @param value the value
     */
    protected final void deliver(SignalValue value) {
        synchronized (deliveryLock) {
            if (stopped) {
                return;
            }
            try {
                listener.accept(value);
            } catch (RuntimeException e) {
                LOG.error("{}: subscription listener failed on {}", endpoint, value, e);
            }
        }
    }

    /** Stops delivery; waits for a delivery in progress, so the listener is not called after this returns. */
    protected final void stopDelivery() {
        stopped = true;
        synchronized (deliveryLock) {
            LOG.debug("{}: delivery of {} stopped", endpoint, addresses);
        }
    }

    /**
     * @param name the thread's name
     * @return daemon threads, so that a subscription nobody closed does not keep the JVM alive
     */
    protected static ThreadFactory daemonThreads(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
