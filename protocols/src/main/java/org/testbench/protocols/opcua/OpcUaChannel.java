package org.testbench.protocols.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.WriteResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.WriteValue;
import org.eclipse.milo.opcua.stack.transport.client.tcp.OpcTcpClientTransport;
import org.eclipse.milo.opcua.stack.transport.client.tcp.OpcTcpClientTransportConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testbench.protocols.Channel;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.Credentials;
import org.testbench.protocols.SignalValue;
import org.testbench.protocols.Subscription;

/**
 * A {@link Channel} to an OPC UA server over {@code opc.tcp}, with the security the configuration
 * asks for: SecurityPolicy None by default, or Basic256Sha256 with signed (and encrypted) messages,
 * see {@link org.testbench.protocols.ChannelSecurity}. The session is anonymous unless the
 * configuration has {@link org.testbench.protocols.Credentials}, read on every connect.
 *
 * <p>A node's own bad status (an unknown node, a value the device marks bad) comes back as a
 * {@link SignalValue} with {@code good == false}, so that one bad signal does not hide the others
 * read with it; a request that fails as a whole (timeout, lost connection) throws.
 *
 * <p>Subscriptions are server-side OPC UA subscriptions that survive a restart of the server: see
 * {@link #subscribe}. Arrays (e.g. a {@code Double[]} node) read and write as Java arrays.
 */
public final class OpcUaChannel implements Channel {

    private static final Logger LOG = LoggerFactory.getLogger(OpcUaChannel.class);

    /**
     * The shortest sampling interval a subscription asks of an OPC UA server: 100 samples a
     * second. Servers revise faster requests to their own minimum, which is 10 ms for Milo and
     * rarely below it elsewhere, so asking for less would only pretend to a rate nobody delivers.
     */
    public static final Duration FASTEST_SAMPLING = Duration.ofMillis(10);

    private final ChannelConfig config;
    private final Object connectLock = new Object();
    /** Resolved addresses; cleared on every connect because nsu= resolution depends on the server. */
    private final Map<String, NodeId> resolved = new ConcurrentHashMap<>();
    private final Set<MonitoredSignals> subscriptions = ConcurrentHashMap.newKeySet();
    private volatile OpcUaClient client;
    /** The endpoint of {@link #client}, holding the trust list it watches. */
    private SecuredEndpoint secured;

    /**
     * @param address a NodeId string, e.g. {@code ns=2;s=Robot/Target/X}
     * @throws IllegalArgumentException when it is not a NodeId of this server, saying why
     */
    public static void checkAddress(String address) {
        NodeAddress.parse(address);
    }

    /**
     * @param config the endpoint ({@code opc.tcp://host:port/path}) and timeouts
     * @throws IllegalArgumentException when the endpoint is not an {@code opc.tcp} URL with a host
     */
    public OpcUaChannel(ChannelConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        URI uri = URI.create(config.endpoint());
        if (!"opc.tcp".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an opc.tcp://host:port/path endpoint: " + config.endpoint());
        }
    }

    @Override
    public String endpoint() {
        return config.endpoint();
    }

    @Override
    public void connect() throws ChannelException {
        synchronized (connectLock) {
            if (client != null) {
                return;
            }
            long deadline = System.nanoTime() + config.connectTimeout().toNanos();
            Credentials.Login login = config.credentials() == null ? null
                    : config.credentials().resolve(endpoint());
            SecuredEndpoint endpoint = SecuredEndpoint.choose(config, await(
                    DiscoveryClient.getEndpoints(endpoint(), t -> t.setConnectTimeout(uint(millis(remaining(deadline))))),
                    remaining(deadline), null, "get endpoints"));
            OpcUaClient created = new OpcUaClient(endpoint.clientConfig(login), new OpcTcpClientTransport(transportConfig()));
            try {
                await(created.connectAsync(), remaining(deadline), null, "connect");
            } catch (ChannelException e) {
                // A half-open client keeps reconnecting in the background; stop it before giving up.
                disconnect(created);
                closeQuietly(endpoint);
                throw endpoint.explain(e);
            }
            resolved.clear();
            client = created;
            secured = endpoint;
            LOG.debug("{}: connected ({})", endpoint(), endpoint.endpoint().getEndpointUrl());
        }
    }

    @Override
    public List<SignalValue> read(List<String> addresses) throws ChannelException {
        String what = String.join(", ", addresses);
        OpcUaClient c = connected(what);
        if (addresses.isEmpty()) {
            return List.of();
        }
        List<ReadValueId> ids = new ArrayList<>(addresses.size());
        for (String address : addresses) {
            ids.add(new ReadValueId(nodeId(c, address), AttributeId.Value.uid(), null, QualifiedName.NULL_VALUE));
        }
        // maxAge 0: the device's current value, never a server-side cache.
        ReadResponse response = await(c.readAsync(0.0, TimestampsToReturn.Both, ids),
                config.requestTimeout(), what, "read");
        Instant received = Instant.now();
        DataValue[] results = response.getResults();
        if (results == null || results.length != addresses.size()) {
            throw new ChannelException(endpoint(), what, "read returned "
                    + (results == null ? "no" : results.length) + " results for " + addresses.size() + " nodes", null);
        }
        List<SignalValue> values = new ArrayList<>(results.length);
        for (int i = 0; i < results.length; i++) {
            values.add(signalValue(addresses.get(i), results[i], received));
        }
        return values;
    }

    @Override
    public void write(String address, Object value) throws ChannelException {
        OpcUaClient c = connected(address);
        WriteValue write = new WriteValue(nodeId(c, address), AttributeId.Value.uid(), null,
                DataValue.valueOnly(variant(address, value)));
        WriteResponse response = await(c.writeAsync(List.of(write)), config.requestTimeout(), address, "write");
        StatusCode[] results = response.getResults();
        if (results == null || results.length != 1) {
            throw new ChannelException(endpoint(), address, "write returned no status", null);
        }
        if (results[0].isBad()) {
            throw new ChannelException(endpoint(), address, "write of " + value + " rejected: "
                    + statusName(results[0]), null);
        }
    }

    @Override
    public List<Object> call(String objectAddress, String methodAddress, List<Object> inputs) throws ChannelException {
        OpcUaClient c = connected(methodAddress);
        Variant[] arguments = new Variant[inputs.size()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = variant(methodAddress, inputs.get(i));
        }
        CallMethodRequest request = new CallMethodRequest(nodeId(c, objectAddress), nodeId(c, methodAddress), arguments);
        CallMethodResult[] results = await(c.callAsync(List.of(request)), config.requestTimeout(), methodAddress,
                "call").getResults();
        if (results == null || results.length != 1) {
            throw new ChannelException(endpoint(), methodAddress, "call returned no result", null);
        }
        CallMethodResult result = results[0];
        if (result.getStatusCode() != null && result.getStatusCode().isBad()) {
            StringBuilder refused = new StringBuilder();
            StatusCode[] inputResults = result.getInputArgumentResults() == null ? new StatusCode[0]
                    : result.getInputArgumentResults();
            for (int i = 0; i < inputResults.length; i++) {
                if (inputResults[i].isBad()) {
                    refused.append(", input ").append(i + 1).append(" (").append(inputs.get(i)).append("): ")
                            .append(statusName(inputResults[i]));
                }
            }
            throw new ChannelException(endpoint(), methodAddress, "call on " + objectAddress + " refused: "
                    + statusName(result.getStatusCode()) + refused, null);
        }
        List<Object> outputs = new ArrayList<>();
        for (Variant output : result.getOutputArguments() == null ? new Variant[0] : result.getOutputArguments()) {
            outputs.add(output.getValue() instanceof LocalizedText text ? text.getText() : output.getValue());
        }
        return Collections.unmodifiableList(outputs);
    }

    /**
     * {@inheritDoc}
     *
     * <p>One OPC UA subscription with a data item per address, publishing every half queue of
     * samples (at most every 500 ms, never faster than sampling), so that one publish carries
     * several samples and none is discarded. Values carry the server's source timestamp; a value
     * that did not change is still delivered when its source timestamp did (data change trigger
     * StatusValueTimestamp), so a stream of samples keeps the samples of a signal at rest. When
     * the server restarts, the Milo client reconnects with its own backoff, and the subscription is
     * created again on the new session when the server cannot transfer it.
     */
    @Override
    public Subscription subscribe(List<String> addresses, Duration samplingInterval, int queueSize,
            Consumer<SignalValue> listener) throws ChannelException {
        Subscription.checkRequest(addresses, samplingInterval, queueSize, listener);
        OpcUaClient c = connected(String.join(", ", addresses));
        List<NodeId> nodes = new ArrayList<>(addresses.size());
        for (String address : addresses) {
            nodes.add(nodeId(c, address));
        }
        MonitoredSignals subscription = new MonitoredSignals(c, endpoint(), addresses, nodes, samplingInterval,
                queueSize, listener, config.requestTimeout());
        subscription.start();
        subscriptions.removeIf(MonitoredSignals::isClosed);
        subscriptions.add(subscription);
        return subscription;
    }

    @Override
    public void close() {
        OpcUaClient c;
        SecuredEndpoint s;
        synchronized (connectLock) {
            c = client;
            client = null;
            s = secured;
            secured = null;
        }
        // the server deletes a session's subscriptions with the session
        subscriptions.forEach(MonitoredSignals::abandon);
        subscriptions.clear();
        if (c != null) {
            disconnect(c);
            LOG.debug("{}: closed", endpoint());
        }
        if (s != null) {
            closeQuietly(s);
        }
    }

    private void closeQuietly(SecuredEndpoint s) {
        try {
            s.close();
        } catch (IOException e) {
            LOG.debug("{}: closing the trust list failed", endpoint(), e);
        }
    }

    private OpcTcpClientTransportConfig transportConfig() {
        return OpcTcpClientTransportConfig.newBuilder()
                .setConnectTimeout(uint(millis(config.connectTimeout())))
                .build();
    }

    private OpcUaClient connected(String addresses) throws ChannelException {
        OpcUaClient c = client;
        if (c == null) {
            throw new ChannelException(endpoint(), addresses, "not connected (call connect() first)", null);
        }
        return c;
    }

    private NodeId nodeId(OpcUaClient c, String address) throws ChannelException {
        NodeId known = resolved.get(address);
        if (known != null) {
            return known;
        }
        NodeAddress parsed;
        try {
            parsed = NodeAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw new ChannelException(endpoint(), address, e.getMessage(), e);
        }
        Optional<NodeId> id = parsed.resolve(c.getNamespaceTable());
        if (id.isEmpty() && parsed.byUri()) {
            // The table is read at session start; a server may register namespaces later.
            id = parsed.resolve(await(c.readNamespaceTableAsync(), config.requestTimeout(), address,
                    "read the namespace table"));
        }
        if (id.isEmpty()) {
            throw new ChannelException(endpoint(), address, "namespace " + parsed.namespaceUri()
                    + " is not in the server's namespace table " + Arrays.toString(c.getNamespaceTable().toArray()),
                    null);
        }
        resolved.put(address, id.get());
        return id.get();
    }

    /** @return the value with its source timestamp (else server timestamp, else {@code received}) */
    static SignalValue signalValue(String address, DataValue value, Instant received) {
        StatusCode status = value.getStatusCode() == null ? StatusCode.GOOD : value.getStatusCode();
        Object raw = value.getValue() == null ? null : value.getValue().getValue();
        if (raw instanceof LocalizedText text) {
            raw = text.getText();
        }
        Instant time = instant(value.getSourceTime())
                .or(() -> instant(value.getServerTime()))
                .orElse(received);
        return new SignalValue(address, raw, time, status.isGood(), statusName(status));
    }

    private Variant variant(String address, Object value) throws ChannelException {
        if (value instanceof Double[] || value instanceof Integer[] || value instanceof Boolean[]
                || value instanceof String[]) {
            return new Variant(value);
        } else if (value instanceof double[] doubles) {
            return new Variant(Arrays.stream(doubles).boxed().toArray(Double[]::new));
        } else if (value instanceof int[] ints) {
            return new Variant(Arrays.stream(ints).boxed().toArray(Integer[]::new));
        } else if (value instanceof Double d) {
            return Variant.ofDouble(d);
        } else if (value instanceof Integer i) {
            return Variant.ofInt32(i);
        } else if (value instanceof Boolean b) {
            return Variant.ofBoolean(b);
        } else if (value instanceof String s) {
            return Variant.ofString(s);
        }
        throw new ChannelException(endpoint(), address, "cannot write a "
                + (value == null ? "null" : value.getClass().getSimpleName() + " (" + value + ")")
                + ": supported are Double, Integer, Boolean and String, and arrays of them", null);
    }

    private <T> T await(CompletableFuture<T> future, Duration timeout, String address, String what)
            throws ChannelException {
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ChannelException(endpoint(), address, what + ": no answer within " + millis(timeout)
                    + " ms (device unreachable or connection lost)", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ChannelException(endpoint(), address, what + " failed: " + describe(cause), cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ChannelException(endpoint(), address, what + " interrupted", e);
        }
    }

    private void disconnect(OpcUaClient c) {
        try {
            c.disconnectAsync().get(config.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.debug("{}: interrupted while disconnecting", endpoint(), e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.debug("{}: disconnect did not complete cleanly", endpoint(), e);
        }
    }

    private static Optional<Instant> instant(DateTime time) {
        return time == null || time.isNull() ? Optional.empty() : Optional.of(time.getJavaInstant());
    }

    /** @return the status code's name, e.g. Bad_NodeIdUnknown, or its hex value for an unknown code */
    static String statusName(StatusCode status) {
        return StatusCodes.lookup(status.getValue()).map(names -> names[0])
                .orElseGet(() -> String.format("0x%08X", status.getValue()));
    }

    /** @return the error as one line, with the OPC UA status name when there is one */
    static String describe(Throwable error) {
        Optional<UaException> ua = UaException.extract(error);
        if (ua.isPresent()) {
            String name = statusName(ua.get().getStatusCode());
            String message = ua.get().getMessage();
            if (message == null || message.isBlank()) {
                return name;
            }
            return message.contains(name) ? message : name + ": " + message;
        }
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(deadline - System.nanoTime(), Duration.ofMillis(1).toNanos()));
    }

    private static long millis(Duration d) {
        return Math.max(1, d.toMillis());
    }
}
