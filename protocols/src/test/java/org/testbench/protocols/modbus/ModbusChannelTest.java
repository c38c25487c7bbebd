package org.testbench.protocols.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.Channels;
import org.testbench.protocols.SignalValue;

/**
 * {@link ModbusChannel} against raw loopback peers that time out, refuse or garble replies;
 * {@code ModbusChannelIT} covers the conversation with a real Modbus server.
 */
class ModbusChannelTest {

    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(1000);

    @Test
    void channelsOpensAModbusChannelForTheModbusScheme() {
        try (var channel = Channels.open(ChannelConfig.builder("modbus-tcp://127.0.0.1:1502?unit-id=3").build())) {
            assertThat(channel).isInstanceOf(ModbusChannel.class);
            assertThat(channel.endpoint()).isEqualTo("modbus-tcp://127.0.0.1:1502?unit-id=3");
        }
    }

    @Test
    void onlyHoldingRegistersAndCoilsAreWritable() {
        String device = "modbus-tcp://127.0.0.1:1502";
        assertThat(Channels.writable(device, "holding:4:float64")).isTrue();
        assertThat(Channels.writable(device, "coil:2:bool")).isTrue();
        assertThat(Channels.writable(device, "input:4:float64")).isFalse();
        assertThat(Channels.writable(device, "discrete:2:bool")).isFalse();
        assertThat(Channels.writable("opc.tcp://127.0.0.1:4840/x", "ns=2;s=Bench/Enable")).isTrue();
        assertThatThrownBy(() -> Channels.writable(device, "holding:4:float"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown type 'float'");
    }

    @Test
    void rejectsAMalformedAddressNamingItAndTheSyntaxBeforeTouchingTheDevice() {
        try (ModbusChannel channel = channel(PymodbusPeer.freePort())) {
            assertThatThrownBy(() -> channel.read(List.of("holding:0:int16", "holding:0:float")))
                    .isInstanceOf(ChannelException.class)
                    .hasMessageStartingWith(channel.endpoint() + " holding:0:float: unknown type 'float'")
                    .hasMessageContaining(ModbusAddress.FORMAT)
                    .satisfies(e -> assertThat(((ChannelException) e).address()).isEqualTo("holding:0:float"));
        }
    }

    @Test
    void refusesWritesTheTableOrTypeCannotTake() {
        try (ModbusChannel channel = channel(PymodbusPeer.freePort())) {
            assertThatThrownBy(() -> channel.write("input:3:int16", 1))
                    .hasMessageEndingWith("write of 1 to input register 3: the table is read-only (writable are holding and coil)");
            assertThatThrownBy(() -> channel.write("coil:3:bool", 1))
                    .hasMessageEndingWith("write of 1 to coil 3: a coil takes a Boolean");
            assertThatThrownBy(() -> channel.write("holding:3:int16", 1.5))
                    .hasMessageEndingWith("holding:3:int16: cannot write Double 1.5 as int16: expected a whole number from -32768 to 32767");
        }
    }

    @Test
    void refusesReadsBeforeConnect() {
        try (ModbusChannel channel = channel(PymodbusPeer.freePort())) {
            assertThatThrownBy(() -> channel.read(List.of("holding:0:int16")))
                    .hasMessageEndingWith("holding:0:int16: not connected (call connect() first)");
        }
    }

    @Test
    void backsOffAfterAFailedConnectInsteadOfHammeringTheDevice() {
        int port = PymodbusPeer.freePort();
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofSeconds(30), Duration.ofSeconds(60));
        try (ModbusChannel channel = new ModbusChannel(config(port), backoff)) {
            assertThatThrownBy(channel::connect)
                    .isInstanceOf(ChannelException.class)
                    .hasMessageContaining("modbus-tcp://127.0.0.1:" + port + ": cannot connect within 2000 ms")
                    .hasMessageContaining("Connection refused");

            long start = System.nanoTime();
            assertThatThrownBy(() -> channel.read(List.of("coil:0:bool")))
                    .hasMessageMatching(".*coil:0:bool: not connected: 1 reconnect attempt\\(s\\) failed, the last with"
                            + " ConnectException: Connection refused; next attempt in \\d+ ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));  // far below the 30 s backoff: it did not wait
        }
    }

    @Test
    void aCallWaitsOutABackoffThatEndsWithinItsTimeoutAndThenReconnects() throws Exception {
        int port = PymodbusPeer.freePort();
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(200), Duration.ofSeconds(60));
        try (ModbusChannel channel = new ModbusChannel(config(port), backoff)) {
            assertThatThrownBy(channel::connect).hasMessageContaining("Connection refused");
            long failed = System.nanoTime();

            try (RawModbusPeer device = new RawModbusPeer(port, request -> RawModbusPeer.reply(request, 4, 2, 0xFF, 0xFB))) {
                assertThat(channel.read(List.of("input:0:int16"))).extracting(SignalValue::value).containsExactly(-5);
                assertThat(Duration.ofNanos(System.nanoTime() - failed)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
                assertThat(backoff.failures()).isZero();
                assertThat(device.requests()).singleElement().satisfies(frame -> assertThat(pdu(frame)).containsExactly(4, 0, 0, 0, 1));
            }
        }
    }

    @Test
    void aDeviceThatDoesNotAnswerTimesOutTheCallAndTheNextCallReconnects() throws Exception {
        try (RawModbusPeer silent = new RawModbusPeer(request -> null); ModbusChannel channel = channel(silent.port())) {
            channel.connect();

            long start = System.nanoTime();
            assertThatThrownBy(() -> channel.read(List.of("holding:0:float32")))
                    .isInstanceOf(ChannelException.class)
                    .hasMessageEndingWith("holding:0:float32: read of holding registers 0-1: no answer within 1000 ms;"
                            + " the connection is closed and the next call reconnects");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isBetween(REQUEST_TIMEOUT.minusMillis(50), REQUEST_TIMEOUT.plusMillis(3000));
            // each connect is two connections: a plain socket tries the port before plc4j connects
            assertThat(silent.connections()).isEqualTo(2);

            assertThatThrownBy(() -> channel.write("holding:0:float32", 1.5))
                    .hasMessageContaining("write of 1.5 to holding registers 0-1: no answer within 1000 ms");
            assertThat(silent.connections()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "1,  ILLEGAL_FUNCTION (Modbus exception 1)",
            "3,  ILLEGAL_DATA_VALUE (Modbus exception 3)",
            "4,  SLAVE_DEVICE_FAILURE, NEGATIVE_ACKNOWLEDGE or GATEWAY_TARGET_DEVICE_FAILED_TO_RESPOND",
            "6,  SLAVE_DEVICE_BUSY (Modbus exception 6)",
    })
    void namesTheExceptionAnExceptionReplyCarries(int exceptionCode, String name) throws Exception {
        try (RawModbusPeer refusing = new RawModbusPeer(request -> RawModbusPeer.reply(request, request[7] | 0x80, exceptionCode));
                ModbusChannel channel = channel(refusing.port())) {
            channel.connect();

            assertThatThrownBy(() -> channel.read(List.of("input:7:uint32:little")))
                    .isInstanceOf(ChannelException.class)
                    .hasMessageContaining("input:7:uint32:little: read of input registers 7-8 refused by the device: " + name);
            assertThatThrownBy(() -> channel.write("coil:9:bool", true))
                    .hasMessageContaining("coil:9:bool: write of true to coil 9 refused by the device: " + name);
            // an exception reply is an answer: the connection stays (the probe and plc4j's connection)
            assertThat(refusing.connections()).isEqualTo(2);
        }
    }

    @Test
    void readsABlockOfBitsInOneRequestAndDecodesEveryBit() throws Exception {
        // coils 0-6 = 1 0 1 1 0 0 1: the reply's first byte holds coil 0 in its lowest bit
        try (RawModbusPeer coils = new RawModbusPeer(request -> RawModbusPeer.reply(request, 1, 1, 0b0100_1101));
                ModbusChannel channel = channel(coils.port())) {
            channel.connect();

            List<SignalValue> values = channel.read(List.of("coil:6:bool", "coil:0:bool", "coil:1:bool", "coil:2:bool", "coil:3:bool"));

            assertThat(values).extracting(SignalValue::value).containsExactly(true, true, false, true, true);
            // one read-coils request (function 1) for coils 0-6
            assertThat(coils.requests()).singleElement().satisfies(frame -> assertThat(pdu(frame)).containsExactly(1, 0, 0, 0, 7));
        }
    }

    @Test
    void readsABlockOfRegistersInOneRequestAndDecodesEverySignal() throws Exception {
        // holding 0 = -1234 (0xFB2E), 1-5 unused, 6-7 = 1.5f (0x3FC0 0x0000)
        try (RawModbusPeer registers = new RawModbusPeer(request -> RawModbusPeer.reply(request, 3, 16,
                0xFB, 0x2E, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x3F, 0xC0, 0, 0));
                ModbusChannel channel = channel(registers.port())) {
            channel.connect();

            assertThat(channel.read(List.of("holding:6:float32", "holding:0:int16")))
                    .extracting(SignalValue::value).containsExactly(1.5f, -1234);
            // one read-holding-registers request (function 3) for registers 0-7
            assertThat(registers.requests()).singleElement().satisfies(frame -> assertThat(pdu(frame)).containsExactly(3, 0, 0, 0, 8));
        }
    }

    @Test
    void aReplyWithFewerRegistersThanAskedForIsMalformed() throws Exception {
        try (RawModbusPeer garbling = new RawModbusPeer(request -> RawModbusPeer.reply(request, 3, 2, 0x12, 0x34));
                ModbusChannel channel = channel(garbling.port())) {
            channel.connect();

            assertThatThrownBy(() -> channel.read(List.of("holding:10:float64")))
                    .isInstanceOf(ChannelException.class)
                    .hasMessageContaining("holding:10:float64: read of holding registers 10-13")
                    .hasMessageContaining("malformed reply");
        }
    }

    /** @return the function code and data of a request frame, as unsigned bytes */
    private static int[] pdu(byte[] frame) {
        return IntStream.range(7, frame.length).map(i -> frame[i] & 0xFF).toArray();
    }

    private static ModbusChannel channel(int port) {
        return new ModbusChannel(config(port));
    }

    private static ChannelConfig config(int port) {
        return ChannelConfig.builder("modbus-tcp://127.0.0.1:" + port)
                .connectTimeout(Duration.ofSeconds(2)).requestTimeout(REQUEST_TIMEOUT).build();
    }
}
