package org.testbench.protocols.modbus;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.plc4x.java.api.exceptions.PlcConnectionException;
import org.apache.plc4x.java.api.messages.PlcReadResponse;
import org.apache.plc4x.java.api.messages.PlcWriteResponse;
import org.apache.plc4x.java.api.types.PlcResponseCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testbench.protocols.Channel;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.SignalValue;

/**
 * A {@link Channel} to a Modbus TCP device ({@code modbus-tcp://host:port?unit-id=1}), on Apache
 * PLC4X plc4j.
 *
 * <p>Addresses are {@code <table>:<register>:<type>[:<word-order>]}, e.g. {@code holding:6:float32}
 * or {@code coil:3:bool}, with the register as the 0-based wire address; the package documentation
 * gives the whole syntax. {@link #read} reads the signals of one table that lie close together in
 * one request (a {@code ReadBlock}); Modbus has no timestamps, so every value carries the time its
 * reply arrived. {@link #write} writes holding registers (any numeric type, one request per value,
 * so a 32- or 64-bit value changes at once) and coils (a Boolean).
 *
 * <p>Modbus has no per-value status: an exception reply refuses a whole request, so it fails the
 * whole call with a {@link ChannelException} naming the registers and the exception (e.g.
 * ILLEGAL_DATA_ADDRESS). A device that refuses a block because it spans registers it does not have
 * is read without bridging such gaps from then on.
 *
 * <p>After {@link #connect()} the channel keeps itself connected: a call that finds the connection
 * lost reconnects first. After a failed attempt the next one is due 100 ms later, then 200 ms, doubling
 * up to 5 s: a call waits for it when it falls within the call's request timeout and fails at once
 * otherwise, so a device that is away is not hammered by every poll and one that is back is found
 * within 5 s. No call takes longer than the request timeout, reconnecting included; a request that
 * times out closes the connection.
 */
public final class ModbusChannel implements Channel {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusChannel.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(5);

    /**
     * The shortest polling interval a subscription asks of a Modbus device: 50 polls a second. A
     * device answers one request at a time and the procedure's own reads and writes share the
     * connection, so polling faster than a few milliseconds per answer would crowd them out.
     */
    public static final Duration FASTEST_SAMPLING = Duration.ofMillis(20);

    private final ChannelConfig config;
    private final ModbusEndpoint device;
    private final Map<String, ModbusAddress> parsed = new ConcurrentHashMap<>();
    private final ReentrantLock connectLock = new ReentrantLock();
    /** Guarded by connectLock, like {@link #open} and {@link #lastFailure}. */
    private final ReconnectBackoff backoff;
    /** Whether connect() was called and close() was not since: only then does a call reconnect. */
    private boolean open;
    private String lastFailure;
    private volatile ModbusConnection connection;
    private volatile boolean bridgeGaps = true;

    /**
     * @param address an address in this channel's syntax, e.g. {@code holding:100:float32:little}
     * @throws IllegalArgumentException when it does not follow the syntax, saying why
     */
    public static void checkAddress(String address) {
        ModbusAddress.parse(address);
    }

    /**
     * @param address an address in this channel's syntax
     * @return whether its table takes writes (holding registers and coils); input registers and
     *     discrete inputs are read-only by the protocol itself
     * @throws IllegalArgumentException when it does not follow the syntax, saying why
     */
    public static boolean writable(String address) {
        return ModbusAddress.parse(address).table().writable();
    }

    /**
     * @param config the endpoint ({@code modbus-tcp://host[:port][?unit-id=N]}) and timeouts
     * @throws IllegalArgumentException when the endpoint is not a Modbus TCP endpoint
     */
    public ModbusChannel(ChannelConfig config) {
        this(config, new ReconnectBackoff(FIRST_RETRY, LONGEST_RETRY));
    }

    ModbusChannel(ChannelConfig config, ReconnectBackoff backoff) {
        this.config = Objects.requireNonNull(config, "config");
        this.device = ModbusEndpoint.parse(config.endpoint());
        this.backoff = backoff;
    }

    @Override
    public String endpoint() {
        return config.endpoint();
    }

    @Override
    public void connect() throws ChannelException {
        connectLock.lock();
        try {
            open = true;
            ModbusConnection c = connection;
            if (c == null || !c.isOpen()) {
                attempt(config.connectTimeout(), null);
            }
        } finally {
            connectLock.unlock();
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws ChannelException also when the device refuses a read with an exception reply, naming
     *     the table, the registers and the Modbus exception
     */
    @Override
    public List<SignalValue> read(List<String> addresses) throws ChannelException {
        List<ModbusAddress> signals = new ArrayList<>(addresses.size());
        for (String address : addresses) {
            signals.add(address(address));
        }
        long deadline = System.nanoTime() + config.requestTimeout().toNanos();
        ModbusConnection c = connection(deadline, String.join(", ", addresses));
        Map<ModbusAddress, SignalValue> values = read(c, signals, deadline);
        return signals.stream().map(values::get).toList();
    }

    @Override
    public void write(String address, Object value) throws ChannelException {
        ModbusAddress signal = address(address);
        String what = "write of " + value + " to " + signal.describe();
        if (!signal.table().writable()) {
            throw new ChannelException(endpoint(), address, what + ": the table is read-only (writable are holding and coil)", null);
        }
        long deadline = System.nanoTime() + config.requestTimeout().toNanos();
        ModbusConnection c;
        CompletableFuture<? extends PlcWriteResponse> reply;
        if (signal.table() == ModbusTable.COIL) {
            if (!(value instanceof Boolean on)) {
                throw new ChannelException(endpoint(), address, what + ": a coil takes a Boolean", null);
            }
            c = connection(deadline, address);
            reply = c.writeCoil(signal.register(), on);
        } else {
            int[] words;
            try {
                words = signal.type().encode(value, signal.wordOrder());
            } catch (IllegalArgumentException e) {
                throw new ChannelException(endpoint(), address, e.getMessage(), e);
            }
            c = connection(deadline, address);
            reply = c.writeRegisters(signal.register(), words);
        }
        try {
            ModbusConnection.check(await(c, reply, deadline, address, what));
        } catch (ModbusReplyException e) {
            throw new ChannelException(endpoint(), address, what + " " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        ModbusConnection c;
        connectLock.lock();
        try {
            open = false;
            c = connection;
            connection = null;
        } finally {
            connectLock.unlock();
        }
        if (c != null) {
            c.close();
            LOG.debug("{}: closed", endpoint());
        }
    }

    private Map<ModbusAddress, SignalValue> read(ModbusConnection c, List<ModbusAddress> signals, long deadline)
            throws ChannelException {
        Map<ReadBlock, CompletableFuture<? extends PlcReadResponse>> replies = new LinkedHashMap<>();
        for (ReadBlock block : ReadBlock.plan(signals, bridgeGaps ? ReadBlock.MAX_GAP : 0)) {
            replies.put(block, c.read(block));
        }
        Map<ModbusAddress, SignalValue> values = new HashMap<>();
        List<ModbusAddress> refusedAcrossGaps = new ArrayList<>();
        for (Map.Entry<ReadBlock, CompletableFuture<? extends PlcReadResponse>> reply : replies.entrySet()) {
            ReadBlock block = reply.getKey();
            String what = "read of " + block.describe();
            try {
                int[] raw = ModbusConnection.values(block, await(c, reply.getValue(), deadline, block.addresses(), what));
                Instant received = Instant.now();
                for (ModbusAddress signal : block.signals()) {
                    values.put(signal, new SignalValue(signal.text(), signal.decode(raw, block.offset(signal)),
                            received, true, "Good"));
                }
            } catch (ModbusReplyException e) {
                if (e.code() != PlcResponseCode.INVALID_ADDRESS || !block.bridgesGap()) {
                    throw new ChannelException(endpoint(), block.addresses(), what + " " + e.getMessage(), e);
                }
                refusedAcrossGaps.addAll(block.signals());
            }
        }
        if (!refusedAcrossGaps.isEmpty()) {
            bridgeGaps = false;
            LOG.info("{}: the device refuses reads across registers it does not have; reading only requested"
                    + " registers from now on", endpoint());
            values.putAll(read(c, refusedAcrossGaps, deadline));
        }
        return values;
    }

    private ModbusAddress address(String address) throws ChannelException {
        ModbusAddress known = parsed.get(address);
        if (known != null) {
            return known;
        }
        try {
            ModbusAddress signal = ModbusAddress.parse(address);
            parsed.put(address, signal);
            return signal;
        } catch (IllegalArgumentException e) {
            throw new ChannelException(endpoint(), address, e.getMessage(), e);
        }
    }

    /** The open connection, reconnecting within the call's deadline when it was lost. */
    private ModbusConnection connection(long deadline, String addresses) throws ChannelException {
        ModbusConnection c = connection;
        if (c != null && c.isOpen()) {
            return c;
        }
        try {
            if (!connectLock.tryLock(remaining(deadline).toNanos(), TimeUnit.NANOSECONDS)) {
                throw new ChannelException(endpoint(), addresses, "not connected: another call is still reconnecting", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException(endpoint(), addresses, "interrupted while waiting to reconnect", e);
        }
        try {
            if (!open) {
                throw new ChannelException(endpoint(), addresses, "not connected (call connect() first)", null);
            }
            c = connection;
            if (c != null && c.isOpen()) {
                return c;
            }
            waitForNextAttempt(deadline, addresses);
            Duration budget = remaining(deadline);
            return attempt(budget.compareTo(config.connectTimeout()) < 0 ? budget : config.connectTimeout(), addresses);
        } finally {
            connectLock.unlock();
        }
    }

    /** Waits out the backoff when it ends within the call's deadline; the caller holds connectLock. */
    private void waitForNextAttempt(long deadline, String addresses) throws ChannelException {
        long wait = backoff.remainingNanos(System.nanoTime());
        if (wait >= remaining(deadline).toNanos()) {
            throw new ChannelException(endpoint(), addresses, "not connected: " + backoff.failures()
                    + " reconnect attempt(s) failed, the last with " + lastFailure + "; next attempt in "
                    + millis(Duration.ofNanos(wait)) + " ms", null);
        }
        try {
            TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException(endpoint(), addresses, "interrupted while waiting to reconnect", e);
        }
    }

    /** Replaces the connection by a new one; the caller holds connectLock. */
    private ModbusConnection attempt(Duration timeout, String addresses) throws ChannelException {
        ModbusConnection lost = connection;
        connection = null;
        if (lost != null) {
            LOG.debug("{}: connection lost, reconnecting", endpoint());
            lost.close();
        }
        try {
            ModbusConnection c = ModbusConnection.open(device, timeout, config.requestTimeout());
            backoff.succeeded();
            connection = c;
            LOG.debug("{}: connected", endpoint());
            return c;
        } catch (IOException | PlcConnectionException | RuntimeException e) {
            backoff.failed(System.nanoTime());
            lastFailure = describe(e);
            throw new ChannelException(endpoint(), addresses, "cannot connect within " + millis(timeout) + " ms: "
                    + lastFailure, e);
        }
    }

    /** Closes a connection that failed a request, unless another call replaced it already. */
    private void drop(ModbusConnection c) {
        connectLock.lock();
        try {
            if (connection == c) {
                connection = null;
            }
        } finally {
            connectLock.unlock();
        }
        c.close();
    }

    private <T> T await(ModbusConnection c, CompletableFuture<? extends T> future, long deadline, String addresses,
            String what) throws ChannelException {
        String dropped = "; the connection is closed and the next call reconnects";
        try {
            T reply = future.get(remaining(deadline).toNanos(), TimeUnit.NANOSECONDS);
            if (reply == null) {
                drop(c);
                throw new ChannelException(endpoint(), addresses, what + ": malformed reply (plc4j could not"
                        + " decode it)" + dropped, null);
            }
            return reply;
        } catch (TimeoutException e) {
            future.cancel(true);
            drop(c);
            throw new ChannelException(endpoint(), addresses, what + ": no answer within "
                    + millis(config.requestTimeout()) + " ms" + dropped, e);
        } catch (ExecutionException e) {
            drop(c);
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String reason = cause instanceof TimeoutException ? "no answer within " + millis(config.requestTimeout())
                    + " ms" : "failed: " + describe(cause);
            throw new ChannelException(endpoint(), addresses, what + ": " + reason + dropped, cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ChannelException(endpoint(), addresses, what + " interrupted", e);
        }
    }

    /** The innermost cause says what happened ("Connection refused"); plc4j's wrappers say little. */
    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(deadline - System.nanoTime(), Duration.ofMillis(1).toNanos()));
    }

    private static long millis(Duration d) {
        return Math.max(1, d.toMillis());
    }
}
