package org.testbench.protocols.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemServiceOperationResult;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DeadbandType;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.SignalValue;
import org.testbench.protocols.DeliveringSubscription;

/**
 * One OPC UA subscription holding a data item per address, which restores itself on the server.
 *
 * <p>When the connection drops, the Milo client reconnects with its own backoff and tries to
 * transfer the subscription to the new session. A server that restarted has forgotten it, so the
 * transfer fails (and a server whose subscription timed out reports Bad_Timeout): the subscription
 * is then created again with the same items, retrying with a growing delay while the server is
 * still unsteady. Creation and restoration run on a thread of this subscription, so neither the
 * caller nor Milo's delivery thread waits for the server.
 */
final class MonitoredSignals extends DeliveringSubscription {

    private static final Logger LOG = LoggerFactory.getLogger(MonitoredSignals.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(5);
    /**
     * Every sample, not only changes: a value that stays the same is still a sample with its own
     * source timestamp (a robot at rest, a setpoint held), which the default trigger would drop.
     */
    private static final DataChangeFilter EVERY_SAMPLE = new DataChangeFilter(DataChangeTrigger.StatusValueTimestamp,
            uint(DeadbandType.None.getValue()), 0.0);
    /** Values should arrive at least this often, however deep the queues are. */
    private static final double LONGEST_PUBLISHING_MS = 500;

    private final Duration requestTimeout;
    private final OpcUaSubscription subscription;
    private final List<OpcUaMonitoredItem> items = new ArrayList<>();
    private final ScheduledExecutorService worker;

    MonitoredSignals(OpcUaClient client, String endpoint, List<String> addresses, List<NodeId> nodes,
            Duration samplingInterval, int queueSize, Consumer<SignalValue> listener, Duration requestTimeout) {
        super(endpoint, addresses, listener);
        this.requestTimeout = requestTimeout;
        double samplingMs = samplingInterval.toNanos() / 1e6;
        subscription = new OpcUaSubscription(client, publishingInterval(samplingMs, queueSize));
        subscription.setSubscriptionListener(new Events());
        for (int i = 0; i < nodes.size(); i++) {
            String address = addresses.get(i);
            OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(nodes.get(i));
            item.setSamplingInterval(samplingMs);
            item.setQueueSize(uint(queueSize));
            item.setDiscardOldest(true);
            item.setFilter(EVERY_SAMPLE);
            item.setUserObject(address);
            item.setDataValueListener((source, value) -> {
                failure(null);
                deliver(OpcUaChannel.signalValue(address, value, Instant.now()));
            });
            items.add(item);
        }
        subscription.addMonitoredItems(items);
        worker = Executors.newSingleThreadScheduledExecutor(daemonThreads("opc-ua subscription " + endpoint));
    }

    /**
     * Publishing every sampling interval would cost a round trip per sample; waiting for half the
     * queue lets each publish carry several samples while leaving room for a late publish before
     * the server would discard one. Capped so that slow rates still see their values promptly.
     */
    static double publishingInterval(double samplingMs, int queueSize) {
        double batched = samplingMs * Math.max(1, queueSize / 2);
        return Math.max(samplingMs, Math.min(batched, LONGEST_PUBLISHING_MS));
    }

    /**
     * Creates the subscription and its items on the server, waiting at most two request timeouts.
     *
     * @throws ChannelException when the server refuses or does not answer in time; the subscription
     *     is then closed
     */
    void start() throws ChannelException {
        CompletableFuture<Void> created = CompletableFuture.runAsync(() -> {
            try {
                establish();
            } catch (UaException e) {
                throw new IllegalStateException(e);
            }
        }, worker);
        Duration timeout = requestTimeout.multipliedBy(2);
        try {
            created.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            LOG.debug("{}: subscribed to {} (publishing every {} ms)", endpoint(), addresses(),
                    subscription.getRevisedPublishingInterval().orElse(subscription.getPublishingInterval()));
        } catch (TimeoutException e) {
            close();
            throw new ChannelException(endpoint(), joinedAddresses(), "subscribe: no answer within " + timeout.toMillis()
                    + " ms (device unreachable or connection lost)", e);
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause() instanceof IllegalStateException s && s.getCause() != null
                    ? s.getCause() : e.getCause();
            throw new ChannelException(endpoint(), joinedAddresses(), "subscribe failed: " + OpcUaChannel.describe(cause), cause);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new ChannelException(endpoint(), joinedAddresses(), "subscribe interrupted", e);
        }
    }

    @Override
    public void close() {
        if (stopped()) {
            return;
        }
        stopDelivery();
        // on the worker, so that it cannot interleave with a creation still under way
        CompletableFuture<Void> deleted = CompletableFuture.runAsync(this::deleteOnServer, worker);
        try {
            deleted.get(requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.debug("{}: interrupted while deleting the subscription to {}", endpoint(), addresses(), e);
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("{}: subscription to {} not deleted on the server; it expires there", endpoint(), addresses(), e);
        } finally {
            worker.shutdownNow();
        }
    }

    /** @return whether {@link #close()} or {@link #abandon()} ended this subscription */
    boolean isClosed() {
        return stopped();
    }

    /** Stops delivering without asking the server, for a channel that ends its session anyway. */
    void abandon() {
        stopDelivery();
        worker.shutdownNow();
    }

    private void establish() throws UaException {
        if (stopped()) {
            return;
        }
        if (subscription.getSyncState() == OpcUaSubscription.SyncState.INITIAL) {
            subscription.create();
        }
        List<MonitoredItemServiceOperationResult> results = subscription.createMonitoredItems();
        for (MonitoredItemServiceOperationResult result : results) {
            if (result.serviceResult().isBad()) {
                throw new UaException(result.serviceResult(), "create monitored items");
            }
        }
        for (MonitoredItemServiceOperationResult result : results) {
            StatusCode status = result.operationResult().orElse(StatusCode.GOOD);
            if (status.isBad()) {
                String address = (String) result.monitoredItem().getUserObject().orElseThrow();
                deliver(new SignalValue(address, null, Instant.now(), false, OpcUaChannel.statusName(status)));
            }
        }
    }

    private void restore(Duration delay) {
        if (stopped()) {
            return;
        }
        try {
            worker.schedule(() -> {
                try {
                    establish();
                    failure(null);
                    LOG.info("{}: subscription to {} restored", endpoint(), addresses());
                } catch (UaException | RuntimeException e) {
                    ChannelException failure = new ChannelException(endpoint(), joinedAddresses(),
                            "restoring the subscription failed: " + OpcUaChannel.describe(e) + "; retrying", e);
                    failure(failure);
                    Duration next = delay.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay.multipliedBy(2);
                    LOG.debug("{}: retrying in {} ms", failure.getMessage(), next.toMillis());
                    restore(next);
                }
            }, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("{}: subscription to {} closed while restoring", endpoint(), addresses(), e);
        }
    }

    private void deleteOnServer() {
        if (subscription.getSyncState() == OpcUaSubscription.SyncState.INITIAL) {
            return;
        }
        try {
            subscription.delete();
        } catch (UaException e) {
            LOG.debug("{}: deleting the subscription to {} failed: {}", endpoint(), addresses(), OpcUaChannel.describe(e));
        }
    }

    /** Milo's news about the subscription as a whole. */
    private final class Events implements OpcUaSubscription.SubscriptionListener {

        @Override
        public void onTransferFailed(OpcUaSubscription s, StatusCode status) {
            ChannelException failure = new ChannelException(endpoint(), joinedAddresses(),
                    "the new session could not take the subscription over (" + OpcUaChannel.statusName(status)
                    + "); creating it again", null);
            failure(failure);
            LOG.info("{}", failure.getMessage());
            restore(FIRST_RETRY);
        }

        @Override
        public void onStatusChanged(OpcUaSubscription s, StatusCode status) {
            if (status.isBad()) {
                // e.g. Bad_Timeout: the server dropped it; start over the way a failed transfer does
                s.notifyTransferFailed(status);
            }
        }

        @Override
        public void onWatchdogTimerElapsed(OpcUaSubscription s) {
            failure(new ChannelException(endpoint(), joinedAddresses(), "no values nor keep-alive from the server"
                    + " for longer than the keep-alive time; waiting for the connection to come back", null));
        }

        @Override
        public void onKeepAliveReceived(OpcUaSubscription s) {
            failure(null);
        }

        @Override
        public void onNotificationDataLost(OpcUaSubscription s) {
            LOG.warn("{}: the server lost notifications of {} (publish responses missing)", endpoint(), addresses());
        }
    }
}
