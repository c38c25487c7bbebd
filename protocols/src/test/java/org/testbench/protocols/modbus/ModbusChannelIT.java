package org.testbench.protocols.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.SignalValue;

/**
 * {@link ModbusChannel} against pymodbus, an independent Modbus server (see pymodbus_peer.py for
 * the register layout it holds). Fails, never skips, when /usr/bin/python3 cannot run pymodbus.
 */
class ModbusChannelIT {

    private static final List<Logger> WATCHED = List.of((Logger) LoggerFactory.getLogger("org.apache.plc4x"),
            (Logger) LoggerFactory.getLogger(ModbusChannel.class));
    private static final ListAppender<ILoggingEvent> LOG_EVENTS = new ListAppender<>();

    private static int port;
    private static PymodbusPeer peer;

    private ModbusChannel channel;

    @BeforeAll
    static void startPeer() throws Exception {
        LOG_EVENTS.start();
        for (Logger logger : WATCHED) {
            logger.setLevel(Level.INFO);
            logger.addAppender(LOG_EVENTS);
        }
        port = PymodbusPeer.freePort();
        peer = PymodbusPeer.start(port);
    }

    @AfterAll
    static void stopPeer() {
        peer.close();
        WATCHED.forEach(logger -> logger.detachAppender(LOG_EVENTS));
    }

    @BeforeEach
    void connect() throws ChannelException {
        channel = new ModbusChannel(ChannelConfig.builder("modbus-tcp://127.0.0.1:" + port + "?unit-id=1").build());
        channel.connect();
    }

    @AfterEach
    void close() {
        channel.close();
    }

    @Test
    void readsEverySignalOfEveryTableInOneCall() throws ChannelException {
        List<String> addresses = List.of(
                "coil:9:bool", "holding:0:int16", "holding:1:uint16", "holding:2:int32", "holding:4:uint32",
                "holding:6:float32", "holding:8:float32:little", "holding:10:float64", "holding:14:float64:little",
                "holding:18:int32:little", "holding:20:uint32:little", "holding:30:float32", "holding:1000:int16",
                "input:0:int16", "input:1:uint16", "input:2:float32:little", "input:4:float64", "input:8:int32",
                "coil:0:bool", "coil:1:bool", "coil:2:bool", "coil:3:bool", "coil:6:bool", "discrete:0:bool",
                "discrete:1:bool", "discrete:4:bool", "discrete:8:bool", "discrete:9:bool", "holding:6:float32");
        Instant before = Instant.now();

        List<SignalValue> values = channel.read(addresses);

        assertThat(values).extracting(SignalValue::value).containsExactly(
                true, -1234, 54321, -123456789, 3_000_000_000L,
                1.5f, -2.25f, Math.PI, -1234.5678,
                -2, 4_000_000_001L, 100.25f, 7,
                -5, 65535, 0.5f, -0.125, Integer.MAX_VALUE,
                true, false, true, true, true, false,
                true, true, true, true, 1.5f);
        assertThat(values).extracting(SignalValue::address).containsExactlyElementsOf(addresses);
        assertThat(values).allSatisfy(v -> {
            assertThat(v.good()).isTrue();
            assertThat(v.sourceTime()).isBetween(before, Instant.now());
        });
    }

    @Test
    void readsSignalsAcrossARegisterHoleTheDeviceRefusesToSpan() throws ChannelException {
        clearLog();
        // registers 22-29 do not exist on the peer: a block 20-31 is refused, the signals are not
        assertThat(channel.read(List.of("holding:20:uint32:little", "holding:30:float32")))
                .extracting(SignalValue::value).containsExactly(4_000_000_001L, 100.25f);
        assertThat(eventsAboveDebug(ModbusChannel.class.getName())).singleElement().asString()
                .contains("the device refuses reads across registers it does not have");
        assertThat(channel.read(List.of("holding:18:int32:little", "holding:30:float32")))
                .extracting(SignalValue::value).containsExactly(-2, 100.25f);
    }

    @Test
    void writesEveryNumericTypeAndWordOrderToHoldingRegisters() throws ChannelException {
        channel.write("holding:100:int16", -1234);
        channel.write("holding:101:uint16", 54321);
        channel.write("holding:102:int32:little", -123456789);
        channel.write("holding:104:uint32", 3.0e9);
        channel.write("holding:106:float32", 1.5);
        channel.write("holding:108:float32:little", -2.25);
        channel.write("holding:110:float64", Math.PI);
        channel.write("holding:114:float64:little", -0.125);

        // the peer mirrors holding 100-119 into input 100-119: read the raw words it stored
        List<String> mirror = IntStream.range(100, 118).mapToObj(r -> "input:" + r + ":uint16").toList();
        assertThat(channel.read(mirror)).extracting(SignalValue::value).containsExactly(
                0xFB2E, 0xD431, 0x32EB, 0xF8A4, 0xB2D0, 0x5E00, 0x3FC0, 0x0000, 0x0000, 0xC010,
                0x4009, 0x21FB, 0x5444, 0x2D18, 0x0000, 0x0000, 0x0000, 0xBFC0);
        assertThat(channel.read(List.of("holding:100:int16", "holding:101:uint16", "holding:102:int32:little",
                "holding:104:uint32", "holding:106:float32", "holding:108:float32:little", "holding:110:float64",
                "holding:114:float64:little")))
                .extracting(SignalValue::value)
                .containsExactly(-1234, 54321, -123456789, 3_000_000_000L, 1.5f, -2.25f, Math.PI, -0.125);
    }

    @Test
    void writesCoils() throws ChannelException {
        channel.write("coil:100:bool", true);
        channel.write("coil:103:bool", true);
        channel.write("coil:105:bool", true);
        channel.write("coil:105:bool", false);

        List<String> coils = IntStream.range(100, 106).mapToObj(c -> "coil:" + c + ":bool").toList();
        List<String> mirror = IntStream.range(100, 106).mapToObj(c -> "discrete:" + c + ":bool").toList();
        assertThat(channel.read(mirror)).extracting(SignalValue::value).containsExactly(true, false, false, true, false, false);
        assertThat(channel.read(coils)).extracting(SignalValue::value).containsExactly(true, false, false, true, false, false);
    }

    @Test
    void anExceptionReplyNamesTableRegisterAndException() throws ChannelException {
        String endpoint = "modbus-tcp://127.0.0.1:" + port + "?unit-id=1";
        assertThatThrownBy(() -> channel.read(List.of("holding:0:int16", "holding:5000:float32")))
                .isInstanceOf(ChannelException.class)
                .hasMessage(endpoint + " holding:5000:float32: read of holding registers 5000-5001 refused by the device:"
                        + " ILLEGAL_DATA_ADDRESS (Modbus exception 2)");
        assertThatThrownBy(() -> channel.read(List.of("discrete:700:bool")))
                .hasMessageEndingWith("discrete:700:bool: read of discrete input 700 refused by the device:"
                        + " ILLEGAL_DATA_ADDRESS (Modbus exception 2)");
        assertThatThrownBy(() -> channel.write("holding:5000:int16", 1))
                .hasMessageEndingWith("holding:5000:int16: write of 1 to holding register 5000 refused by the device:"
                        + " ILLEGAL_DATA_ADDRESS (Modbus exception 2)");
        assertThatThrownBy(() -> channel.write("coil:700:bool", true))
                .hasMessageEndingWith("coil:700:bool: write of true to coil 700 refused by the device:"
                        + " ILLEGAL_DATA_ADDRESS (Modbus exception 2)");

        assertThat(channel.read(List.of("holding:0:int16"))).extracting(SignalValue::value).containsExactly(-1234);
    }

    @Test
    void survivesThePeerStoppingAndRestartingOnTheSamePort() throws Exception {
        clearLog();
        assertThat(channel.read(List.of("holding:6:float32"))).extracting(SignalValue::value).containsExactly(1.5f);

        peer.close();
        long start = System.nanoTime();
        assertThatThrownBy(() -> channel.read(List.of("holding:6:float32")))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining("holding:6:float32");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));

        peer = PymodbusPeer.start(port);
        assertThat(channel.read(List.of("holding:6:float32", "coil:0:bool")))
                .extracting(SignalValue::value).containsExactly(1.5f, true);

        channel.close();
        assertThat(plc4jRequestThreadsGone()).as("plc4j request threads stop with their connections").isTrue();
        assertThat(eventsAboveDebug("org.apache.plc4x")).allSatisfy(ModbusChannelIT::isPlc4jConnectLine);
    }

    @Test
    void plc4jLogsNothingButItsConnectLineInNormalUse() throws Exception {
        clearLog();

        channel.close();
        channel.connect();
        channel.read(List.of("holding:0:int16", "input:1:uint16", "coil:0:bool", "discrete:1:bool"));
        channel.write("holding:118:float32", 2.5);
        channel.write("coil:107:bool", true);
        assertThatThrownBy(() -> channel.read(List.of("holding:5000:int16"))).isInstanceOf(ChannelException.class);
        channel.close();

        assertThat(eventsAboveDebug("org.apache.plc4x")).singleElement().satisfies(ModbusChannelIT::isPlc4jConnectLine);
    }

    /** plc4j's TcpChannelFactory logs its configuration at INFO on every connect, unavoidably. */
    private static void isPlc4jConnectLine(String event) {
        assertThat(event).startsWith("INFO org.apache.plc4x.java.transport.tcp.TcpChannelFactory: Configuring Bootstrap");
    }

    private static boolean plc4jRequestThreadsGone() throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("plc4x-tm-thread"))) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static void clearLog() {
        synchronized (LOG_EVENTS) {
            LOG_EVENTS.list.clear();
        }
    }

    private static List<String> eventsAboveDebug(String loggerPrefix) {
        List<ILoggingEvent> events;
        synchronized (LOG_EVENTS) {
            events = new ArrayList<>(LOG_EVENTS.list);
        }
        return events.stream().filter(e -> e.getLoggerName().startsWith(loggerPrefix))
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
    }
}
