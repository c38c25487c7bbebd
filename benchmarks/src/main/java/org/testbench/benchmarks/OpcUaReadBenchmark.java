package org.testbench.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
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
import org.testbench.protocols.SignalValue;
import org.testbench.protocols.opcua.OpcUaChannel;
import org.testbench.protocols.opcua.server.LoopbackServer;
import org.testbench.protocols.opcua.server.LoopbackServerConfig;
import org.testbench.protocols.opcua.server.VariableNamespace;

/**
 * Synchronous reads of 10 Double nodes from a Milo server on 127.0.0.1, through
 * {@link OpcUaChannel} and through Milo's own {@link OpcUaClient#readValues} with the same
 * max age (0) and timestamps (both). The channel adds address resolution and conversion to
 * {@link SignalValue}s on top of the same client, so the ratio shows what that costs per request.
 * Both clients stay connected to one server for the whole trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OpcUaReadBenchmark {

    private static final int NODES = 10;
    private static final String NAMESPACE_URI = "urn:testbench:benchmarks";

    private LoopbackServer<SignalNamespace> server;
    private OpcUaChannel channel;
    private OpcUaClient client;
    private List<String> addresses;
    private List<NodeId> nodeIds;

    /**
     * Starts the server and connects both clients.
     *
     * @throws IOException      when the server does not start
     * @throws ChannelException when the channel cannot connect
     * @throws UaException      when Milo's client cannot connect
     */
    @Setup(Level.Trial)
    public void serve() throws IOException, ChannelException, UaException {
        server = LoopbackServer.start(LoopbackServerConfig.of(NAMESPACE_URI + ":server", "benchmark server"),
                SignalNamespace::new);
        int index = server.namespace().getNamespaceIndex().intValue();
        addresses = new ArrayList<>(NODES);
        nodeIds = new ArrayList<>(NODES);
        for (int i = 0; i < NODES; i++) {
            addresses.add("ns=" + index + ";s=" + SignalNamespace.id(i));
            nodeIds.add(new NodeId(index, SignalNamespace.id(i)));
        }
        channel = new OpcUaChannel(ChannelConfig.builder(server.endpointUrl()).build());
        channel.connect();
        client = OpcUaClient.create(server.endpointUrl());
        client.connect();
        GoodReads.require(channel.read(addresses));
    }

    /** Disconnects both clients and stops the server. @throws UaException when Milo's client fails to disconnect */
    @TearDown(Level.Trial)
    public void stop() throws UaException {
        try {
            channel.close();
            client.disconnect();
        } finally {
            server.close();
        }
    }

    /**
     * @return the values read through the channel
     * @throws ChannelException when the read fails
     */
    @Benchmark
    public List<SignalValue> channelRead() throws ChannelException {
        return channel.read(addresses);
    }

    /**
     * @return the values read by Milo's client
     * @throws UaException when the read fails
     */
    @Benchmark
    public List<DataValue> miloReadValues() throws UaException {
        return client.readValues(0.0, TimestampsToReturn.Both, nodeIds);
    }


    /** Ten Double variables, {@code Signals/S0} to {@code Signals/S9}, holding 0.5 to 9.5. */
    private static final class SignalNamespace extends VariableNamespace {

        SignalNamespace(OpcUaServer server) {
            super(server, NAMESPACE_URI);
        }

        static String id(int i) {
            return "Signals/S" + i;
        }

        @Override
        protected void addNodes() {
            UaFolderNode folder = addFolder(null, "Signals", "benchmark signals");
            for (int i = 0; i < NODES; i++) {
                addVariable(folder, id(i), "benchmark value " + i, NodeIds.Double, AccessLevel.READ_WRITE,
                        new Variant(i + 0.5));
            }
        }
    }
}
