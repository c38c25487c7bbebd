package org.testbench.protocols.modbus;

import io.netty.channel.Channel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.plc4x.java.api.PlcConnection;
import org.apache.plc4x.java.api.exceptions.PlcConnectionException;
import org.apache.plc4x.java.api.messages.PlcReadRequest;
import org.apache.plc4x.java.api.messages.PlcReadResponse;
import org.apache.plc4x.java.api.messages.PlcWriteResponse;
import org.apache.plc4x.java.api.model.PlcTag;
import org.apache.plc4x.java.api.types.PlcResponseCode;
import org.apache.plc4x.java.api.value.PlcValue;
import org.apache.plc4x.java.modbus.base.tag.ModbusTagCoil;
import org.apache.plc4x.java.modbus.base.tag.ModbusTagDiscreteInput;
import org.apache.plc4x.java.modbus.base.tag.ModbusTagHoldingRegister;
import org.apache.plc4x.java.modbus.base.tag.ModbusTagInputRegister;
import org.apache.plc4x.java.modbus.readwrite.ModbusDataType;
import org.apache.plc4x.java.modbus.tcp.ModbusTcpDriver;
import org.apache.plc4x.java.spi.Plc4xProtocolBase;
import org.apache.plc4x.java.spi.connection.AbstractPlcConnection;
import org.apache.plc4x.java.spi.connection.ChannelExposingConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TCP connection of plc4j's Modbus driver, with the work-arounds plc4j 0.13.1 needs:
 * <ul>
 *   <li>Register blocks are read as one {@code UINT[n]} tag: a {@code WORD[n]} tag comes back as a
 *       single value.</li>
 *   <li>Bit blocks are read as one {@code BOOL} tag per requested bit in one request, which plc4j's
 *       optimizer sends as a single read over the bits' span: a {@code coil:1[8]} array tag comes
 *       back as one value.</li>
 *   <li>Tags are built from wire addresses directly, not from plc4j's 1-based address strings.</li>
 *   <li>A failed TCP connect makes plc4j print a stack trace to standard error, so the port is
 *       tried with a plain socket first.</li>
 *   <li>plc4j's {@code close()} blocks for 2 s, logs at INFO, and throws on a connection the peer
 *       already dropped, leaving the driver's request threads running; {@link #close()} stops the
 *       driver's protocol and Netty channel itself.</li>
 * </ul>
 * A request that times out never releases plc4j's one-at-a-time request slot, so the channel drops
 * the connection after a timeout.
 */
final class ModbusConnection {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusConnection.class);
    private static final String BLOCK = "block";
    private static final String WRITE = "write";

    private final PlcConnection plc;

    private ModbusConnection(PlcConnection plc) {
        this.plc = plc;
    }

    /**
     * @param endpoint       the device
     * @param timeout        how long connecting may take, all steps together
     * @param requestTimeout how long plc4j waits for each reply
     * @return the open connection
     * @throws IOException            when nothing accepts connections at the endpoint
     * @throws PlcConnectionException when plc4j cannot set up its connection
     */
    static ModbusConnection open(ModbusEndpoint endpoint, Duration timeout, Duration requestTimeout)
            throws IOException, PlcConnectionException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), (int) Math.max(1, timeout.toMillis()));
        }
        Duration left = Duration.ofNanos(Math.max(deadline - System.nanoTime(), Duration.ofMillis(1).toNanos()));
        PlcConnection plc = new ModbusTcpDriver().getConnection(endpoint.plc4jUrl(left, requestTimeout));
        plc.connect();
        return new ModbusConnection(plc);
    }

    /** @return whether the TCP connection is still up */
    boolean isOpen() {
        return plc.isConnected();
    }

    /**
     * @param block the registers or bits to read
     * @return plc4j's reply; {@link #values} reads it
     */
    CompletableFuture<? extends PlcReadResponse> read(ReadBlock block) {
        PlcReadRequest.Builder request = plc.readRequestBuilder();
        if (block.table().bits()) {
            block.signals().forEach(s -> request.addTag(bitTag(s), tag(block.table(), s.register(), 1, ModbusDataType.BOOL)));
        } else {
            request.addTag(BLOCK, tag(block.table(), block.start(), block.count(), ModbusDataType.UINT));
        }
        return execute(() -> request.build().execute());
    }

    /**
     * @param register the first holding register
     * @param words    the register values in wire order
     * @return plc4j's reply; {@link #check} reads it
     */
    CompletableFuture<? extends PlcWriteResponse> writeRegisters(int register, int[] words) {
        Object[] values = Arrays.stream(words).boxed().toArray();
        return execute(() -> plc.writeRequestBuilder()
                .addTag(WRITE, tag(ModbusTable.HOLDING, register, words.length, ModbusDataType.UINT), values)
                .build().execute());
    }

    /**
     * @param coil  the coil's wire address
     * @param value the state to set
     * @return plc4j's reply; {@link #check} reads it
     */
    CompletableFuture<? extends PlcWriteResponse> writeCoil(int coil, boolean value) {
        return execute(() -> plc.writeRequestBuilder()
                .addTag(WRITE, tag(ModbusTable.COIL, coil, 1, ModbusDataType.BOOL), value)
                .build().execute());
    }

    /**
     * @param block    the block that was read
     * @param response plc4j's reply to {@link #read}
     * @return the block's registers, or its bits as 0/1 at the requested positions
     * @throws ModbusReplyException when the device refused the read or the reply does not fit the block
     */
    static int[] values(ReadBlock block, PlcReadResponse response) throws ModbusReplyException {
        int[] values = new int[block.count()];
        if (block.table().bits()) {
            for (ModbusAddress signal : block.signals()) {
                values[block.offset(signal)] = value(response, bitTag(signal)).getBoolean() ? 1 : 0;
            }
            return values;
        }
        PlcValue value = value(response, BLOCK);
        List<? extends PlcValue> registers = value.isList() ? value.getList() : List.of(value);
        if (registers.size() != block.count()) {
            throw new ModbusReplyException(null, "malformed reply: " + registers.size() + " registers instead of " + block.count());
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = registers.get(i).getInt();
        }
        return values;
    }

    /**
     * @param response plc4j's reply to a write
     * @throws ModbusReplyException when the device refused the write
     */
    static void check(PlcWriteResponse response) throws ModbusReplyException {
        PlcResponseCode code = response.getResponseCode(WRITE);
        if (code != PlcResponseCode.OK) {
            throw refusal(code, WRITE);
        }
    }

    /** Closes the connection; never throws, since it runs when a connection has already failed. */
    void close() {
        try {
            if (plc instanceof AbstractPlcConnection connection && connection.getProtocol() != null) {
                closeProtocol(connection.getProtocol());
            }
            Channel channel = plc instanceof ChannelExposingConnection exposing ? exposing.getChannel() : null;
            if (channel != null && channel.isOpen()) {
                // Not awaited, so that dropping a connection adds nothing to a call's time; plc4j's
                // channel factory stops the connection's event loop once the channel is closed.
                channel.close();
            }
        } catch (RuntimeException e) {
            LOG.debug("closing the plc4j Modbus connection did not complete cleanly", e);
        }
    }

    /** Stops the protocol's request threads; the Modbus protocol ignores the context it is given. */
    private static <T> void closeProtocol(Plc4xProtocolBase<T> protocol) {
        protocol.close(protocol.getConversationContext());
    }

    private static PlcValue value(PlcReadResponse response, String tag) throws ModbusReplyException {
        PlcResponseCode code = response.getResponseCode(tag);
        if (code != PlcResponseCode.OK) {
            throw refusal(code, tag);
        }
        PlcValue value = response.getPlcValue(tag);
        if (value == null) {
            throw new ModbusReplyException(null, "malformed reply: no value");
        }
        return value;
    }

    private static ModbusReplyException refusal(PlcResponseCode code, String tag) {
        return code == null ? new ModbusReplyException(null, "malformed reply: nothing for " + tag)
                : ModbusReplyException.refused(code);
    }

    private static String bitTag(ModbusAddress signal) {
        return "bit" + signal.register();
    }

    private static PlcTag tag(ModbusTable table, int register, int quantity, ModbusDataType type) {
        return switch (table) {
            case HOLDING -> new ModbusTagHoldingRegister(register, quantity, type, Map.of());
            case INPUT -> new ModbusTagInputRegister(register, quantity, type, Map.of());
            case COIL -> new ModbusTagCoil(register, quantity, type, Map.of());
            case DISCRETE -> new ModbusTagDiscreteInput(register, quantity, type, Map.of());
        };
    }

    /** plc4j can also fail while building or queueing a request; that belongs in the future too. */
    private static <T> CompletableFuture<? extends T> execute(Supplier<CompletableFuture<? extends T>> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
