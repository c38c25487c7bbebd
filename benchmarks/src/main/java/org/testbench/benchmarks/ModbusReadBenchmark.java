package org.testbench.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import com.digitalpetri.modbus.server.ModbusTcpServer;
import com.digitalpetri.modbus.server.ProcessImage;
import com.digitalpetri.modbus.server.ReadWriteModbusServices;
import com.digitalpetri.modbus.tcp.server.NettyTcpServerTransport;
import org.apache.plc4x.java.DefaultPlcDriverManager;
import org.apache.plc4x.java.api.PlcConnection;
import org.apache.plc4x.java.api.exceptions.PlcConnectionException;
import org.apache.plc4x.java.api.messages.PlcReadResponse;
import org.apache.plc4x.java.api.types.PlcResponseCode;
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
import org.openjdk.jmh.infra.Blackhole;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.SignalValue;
import org.testbench.protocols.modbus.ModbusChannel;
import org.testbench.protocols.opcua.server.LoopbackServer;

/**
 * Modbus TCP reads from a digitalpetri Modbus server run in this JVM on 127.0.0.1.
 *
 * <p>{@code channelRead10} and {@code plc4jRead10} read holding registers 0-9 through
 * {@link ModbusChannel} and through plc4j's own request API, on which the channel is built: the
 * ratio is what the channel's address parsing, blocking and decoding cost per request.
 *
 * <p>{@code coalesced20} and {@code oneSignalPerRequest20} read the same map of 20 signals
 * (ten float32, ten uint16, over registers 0-29) through the channel, once as one call, which
 * the channel sends as one block request, and once as 20 calls of one signal each, as a client
 * that does not coalesce would: both deliver 20 samples per operation, so the ratio of their
 * operations per second is the ratio of samples per second that coalescing buys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ModbusReadBenchmark {

    private static final int REGISTERS = 30;
    private static final long TIMEOUT_S = 5;

    private ModbusTcpServer server;
    private ModbusChannel channel;
    private PlcConnection plc;
    private String plcUrl;
    private List<String> tenRegisters;
    private List<String> signalMap;

    /**
     * Starts the server, fills its holding registers and connects the channel and plc4j.
     *
     * @throws IOException            when no free port is found
     * @throws ExecutionException     when the server cannot bind
     * @throws InterruptedException   when interrupted while it binds
     * @throws ChannelException       when the channel cannot connect
     * @throws PlcConnectionException when plc4j cannot connect
     */
    @Setup(Level.Trial)
    public void serve() throws IOException, ExecutionException, InterruptedException, ChannelException,
            PlcConnectionException {
        ProcessImage image = new ProcessImage();
        image.with(tx -> tx.writeHoldingRegisters(registers -> {
            for (int r = 0; r < REGISTERS; r++) {
                registers.put(r, new byte[] {(byte) 0x3F, (byte) r});
            }
        }));
        int port = LoopbackServer.freePort();
        server = ModbusTcpServer.create(NettyTcpServerTransport.create(cfg -> {
            cfg.bindAddress = LoopbackServer.HOST;
            cfg.port = port;
        }), new ReadWriteModbusServices() {
            @Override
            protected Optional<ProcessImage> getProcessImage(int unitId) {
                return Optional.of(image);
            }
        });
        server.start();
        String endpoint = "modbus-tcp://" + LoopbackServer.HOST + ":" + port + "?unit-id=1";
        channel = new ModbusChannel(ChannelConfig.builder(endpoint).build());
        channel.connect();
        plcUrl = "modbus-tcp://" + LoopbackServer.HOST + ":" + port + "?default-unit-identifier=1";
        plc = new DefaultPlcDriverManager().getConnection(plcUrl);
        if (!plc.isConnected()) {
            plc.connect();
        }
        tenRegisters = new ArrayList<>();
        for (int r = 0; r < 10; r++) {
            tenRegisters.add("holding:" + r + ":uint16");
        }
        signalMap = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            signalMap.add("holding:" + 2 * i + ":float32");
            signalMap.add("holding:" + (20 + i) + ":uint16");
        }
        GoodReads.require(channel.read(signalMap));
    }

    /**
     * Disconnects both clients and stops the server.
     *
     * @throws Exception when plc4j or the server fails to close
     */
    @TearDown(Level.Trial)
    public void stop() throws Exception {
        try {
            channel.close();
            plc.close();
        } finally {
            server.stop();
        }
    }

    /**
     * @return the ten registers as signal values
     * @throws ChannelException when the read fails
     */
    @Benchmark
    public List<SignalValue> channelRead10() throws ChannelException {
        return channel.read(tenRegisters);
    }

    /**
     * @return plc4j's reply with the ten registers
     * @throws InterruptedException when interrupted while waiting for the reply
     * @throws ExecutionException   when the read fails
     * @throws TimeoutException     when no reply comes within 5 s
     */
    @Benchmark
    public PlcReadResponse plc4jRead10() throws InterruptedException, ExecutionException, TimeoutException {
        PlcReadResponse response = plc.readRequestBuilder().addTagAddress("block", "holding-register:1[10]").build()
                .execute().get(TIMEOUT_S, TimeUnit.SECONDS);
        if (response.getResponseCode("block") != PlcResponseCode.OK) {
            throw new IllegalStateException(plcUrl + ": holding-register:1[10] refused: "
                    + response.getResponseCode("block"));
        }
        return response;
    }

    /**
     * @return the 20 signals, read in one call
     * @throws ChannelException when the read fails
     */
    @Benchmark
    public List<SignalValue> coalesced20() throws ChannelException {
        return channel.read(signalMap);
    }

    /**
     * @param blackhole takes every value so the JIT cannot drop the reads
     * @throws ChannelException when a read fails
     */
    @Benchmark
    public void oneSignalPerRequest20(Blackhole blackhole) throws ChannelException {
        for (String signal : signalMap) {
            blackhole.consume(channel.read(List.of(signal)));
        }
    }
}
