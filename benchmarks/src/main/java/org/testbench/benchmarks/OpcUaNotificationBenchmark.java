package org.testbench.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.Subscription;
import org.testbench.protocols.opcua.OpcUaChannel;
import org.testbench.protocols.opcua.server.LoopbackServer;
import org.testbench.protocols.opcua.server.LoopbackServerConfig;
import org.testbench.protocols.opcua.server.VariableNamespace;

/**
 * Data-change notifications per second from a Milo server on 127.0.0.1 whose {@value #NODES}
 * Double variables all change every millisecond, received through {@link OpcUaChannel#subscribe}
 * and through Milo's own {@link OpcUaSubscription} with the same sampling interval, queue size and
 * publishing interval. One operation is {@value #PER_OPERATION} notifications delivered to the
 * listener; each benchmark has its own server and only its own subscription, so the two never
 * compete. The channel adds per-value conversion to a {@code SignalValue} and its delivery
 * thread, so the ratio shows whether it keeps up with the same stream.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OpcUaNotificationBenchmark {

    /** Notifications one benchmark operation waits for. */
    static final int PER_OPERATION = 1000;
    private static final int NODES = 1000;
    private static final double SAMPLING_MS = 10;
    private static final int QUEUE = 10;
    /** As the channel computes it for this sampling interval and queue (half the queue per publish). */
    private static final double PUBLISHING_MS = 50;
    private static final String NAMESPACE_URI = "urn:testbench:benchmarks:notifications";

    /** A server whose variables change every millisecond, and a count of delivered notifications. */
    @State(Scope.Benchmark)
    public abstract static class ChangingServer {
        LoopbackServer<ChangingNamespace> server;
        List<NodeId> nodeIds;
        final Semaphore delivered = new Semaphore(0);
        private Thread writer;

        /** @throws IOException when the server does not start */
        void serve() throws IOException {
            server = LoopbackServer.start(LoopbackServerConfig.of(NAMESPACE_URI + ":server", "notification server"),
                    ChangingNamespace::new);
            int index = server.namespace().getNamespaceIndex().intValue();
            nodeIds = new ArrayList<>(NODES);
            for (int i = 0; i < NODES; i++) {
                nodeIds.add(new NodeId(index, ChangingNamespace.id(i)));
            }
            writer = new Thread(() -> server.namespace().changeUntilInterrupted(), "value writer");
            writer.setDaemon(true);
            writer.start();
        }

        void stopServer() throws InterruptedException {
            writer.interrupt();
            writer.join();
            server.close();
        }

        List<String> addresses() {
            return nodeIds.stream().map(NodeId::toParseableString).toList();
        }
    }

    /** The same stream through the project's channel. */
    public static class ThroughChannel extends ChangingServer {
        private OpcUaChannel channel;
        private Subscription subscription;

        /**
         * @throws IOException      when the server does not start
         * @throws ChannelException when the channel cannot connect or subscribe
         */
        @Setup(Level.Trial)
        public void subscribe() throws IOException, ChannelException {
            serve();
            channel = new OpcUaChannel(ChannelConfig.builder(server.endpointUrl()).build());
            channel.connect();
            subscription = channel.subscribe(addresses(), Duration.ofMillis((long) SAMPLING_MS), QUEUE,
                    value -> delivered.release());
        }

        /** @throws InterruptedException when interrupted while stopping the writer */
        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            subscription.close();
            channel.close();
            stopServer();
        }
    }

    /** The same stream through Milo's own client. */
    public static class ThroughMilo extends ChangingServer {
        private OpcUaClient client;

        /**
         * @throws IOException when the server does not start
         * @throws UaException when Milo's client cannot connect or subscribe
         */
        @Setup(Level.Trial)
        public void subscribe() throws IOException, UaException {
            serve();
            client = OpcUaClient.create(server.endpointUrl());
            client.connect();
            OpcUaSubscription subscription = new OpcUaSubscription(client, PUBLISHING_MS);
            List<OpcUaMonitoredItem> items = new ArrayList<>();
            for (NodeId node : nodeIds) {
                OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(node);
                item.setSamplingInterval(SAMPLING_MS);
                item.setQueueSize(UInteger.valueOf(QUEUE));
                item.setDiscardOldest(true);
                item.setDataValueListener((source, value) -> delivered.release());
                items.add(item);
            }
            subscription.create();
            subscription.addMonitoredItems(items);
            subscription.createMonitoredItems();
        }

        /**
         * @throws UaException          when Milo's client fails to disconnect
         * @throws InterruptedException when interrupted while stopping the writer
         */
        @TearDown(Level.Trial)
        public void stop() throws UaException, InterruptedException {
            client.disconnect();
            stopServer();
        }
    }

    /**
     * @param state the channel's subscription
     * @throws InterruptedException when interrupted while waiting
     */
    @Benchmark
    public void channelNotifications(ThroughChannel state) throws InterruptedException {
        state.delivered.acquire(PER_OPERATION);
    }

    /**
     * @param state Milo's own subscription
     * @throws InterruptedException when interrupted while waiting
     */
    @Benchmark
    public void miloNotifications(ThroughMilo state) throws InterruptedException {
        state.delivered.acquire(PER_OPERATION);
    }

    /** {@value #NODES} Double variables, {@code Changing/S0..}, rewritten every millisecond by their owner. */
    static final class ChangingNamespace extends VariableNamespace {
        private final List<UaVariableNode> nodes = new ArrayList<>(NODES);

        ChangingNamespace(OpcUaServer server) {
            super(server, NAMESPACE_URI);
        }

        static String id(int i) {
            return "Changing/S" + i;
        }

        @Override
        protected void addNodes() {
            UaFolderNode folder = addFolder(null, "Changing", "values that change every millisecond");
            for (int i = 0; i < NODES; i++) {
                nodes.add(addVariable(folder, id(i), "changing value " + i, NodeIds.Double, AccessLevel.READ_ONLY,
                        new Variant(0.0)));
            }
        }

        /** Gives every variable a new value each millisecond, so that every sample is a change. */
        void changeUntilInterrupted() {
            long tick = 0;
            while (!Thread.currentThread().isInterrupted()) {
                tick++;
                for (UaVariableNode node : nodes) {
                    node.setValue(new DataValue(new Variant((double) tick)));
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
