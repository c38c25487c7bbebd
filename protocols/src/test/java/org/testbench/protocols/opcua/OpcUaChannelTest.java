package org.testbench.protocols.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.SignalValue;

/** {@link OpcUaChannel} against a real Milo server on loopback. */
class OpcUaChannelTest {

    private static SignalTestServer server;
    private static String ns;

    private OpcUaChannel channel;

    @BeforeAll
    static void startServer() throws Exception {
        server = SignalTestServer.start();
        ns = "ns=" + server.namespaceIndex() + ";s=Signals/";
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void connect() throws ChannelException {
        channel = new OpcUaChannel(ChannelConfig.builder(server.endpointUrl()).build());
        channel.connect();
    }

    @AfterEach
    void close() {
        channel.close();
    }

    @Test
    void readsEveryTypeInOneRequestWithSourceTimestamps() throws ChannelException {
        channel.write(ns + "Double", 1.5);
        channel.write(ns + "Int32", 7);
        channel.write(ns + "Boolean", false);
        channel.write(ns + "String", "hello");
        Instant before = Instant.now().minusSeconds(1);

        List<SignalValue> values = channel.read(List.of(
                ns + "Double", ns + "Int32", ns + "Boolean", ns + "String", ns + "ReadOnly"));

        assertThat(values).extracting(SignalValue::value).containsExactly(1.5, 7, false, "hello", 42.0);
        assertThat(values).extracting(SignalValue::address).containsExactly(
                ns + "Double", ns + "Int32", ns + "Boolean", ns + "String", ns + "ReadOnly");
        assertThat(values).allSatisfy(v -> {
            assertThat(v.good()).isTrue();
            assertThat(v.status()).isEqualTo("Good");
            assertThat(v.sourceTime()).isBetween(before.minus(Duration.ofHours(1)), Instant.now());
        });
        // the written nodes carry the time of the write as their source time
        assertThat(values.get(0).sourceTime()).isAfter(before);
    }

    @Test
    void writesEachTypeAndReadsItBack() throws ChannelException {
        channel.write(ns + "Double", -3.25);
        channel.write(ns + "Int32", 123456);
        channel.write(ns + "Boolean", true);
        channel.write(ns + "String", "zwölf");

        List<SignalValue> values = channel.read(List.of(ns + "Double", ns + "Int32", ns + "Boolean", ns + "String"));

        assertThat(values).extracting(SignalValue::value).containsExactly(-3.25, 123456, true, "zwölf");
        assertThat(values.get(0).asDouble()).isEqualTo(-3.25);
        assertThat(values.get(2).asDouble()).isEqualTo(1.0);
    }

    @Test
    void resolvesNamespaceUris() throws ChannelException {
        String byUri = "nsu=" + SignalTestServer.NAMESPACE_URI + ";s=Signals/ReadOnly";

        assertThat(channel.read(List.of(byUri)).get(0).value()).isEqualTo(42.0);
    }

    @Test
    void unknownNamespaceUriNamesTheAddress() {
        String address = "nsu=urn:nobody:here;s=Signals/ReadOnly";

        assertThatThrownBy(() -> channel.read(List.of(address)))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining(address)
                .hasMessageContaining("urn:nobody:here is not in the server's namespace table")
                .hasMessageContaining(SignalTestServer.NAMESPACE_URI);
    }

    @Test
    void writeToReadOnlyNodeIsRejectedNamingTheAddress() {
        assertThatThrownBy(() -> channel.write(ns + "ReadOnly", 1.0))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining(server.endpointUrl())
                .hasMessageContaining(ns + "ReadOnly")
                .satisfies(e -> assertThat(((ChannelException) e).address()).isEqualTo(ns + "ReadOnly"))
                // Milo checks the session's access first, so a read-only node reports the user's denial
                .message().containsAnyOf("rejected: Bad_NotWritable", "rejected: Bad_UserAccessDenied");
    }

    @Test
    void writeOfTheWrongTypeIsRejected() {
        assertThatThrownBy(() -> channel.write(ns + "Double", 3))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining(ns + "Double")
                .hasMessageContaining("Bad_TypeMismatch");
    }

    @Test
    void unsupportedValueTypeIsRejectedBeforeSending() {
        assertThatThrownBy(() -> channel.write(ns + "Double", 3L))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining(ns + "Double")
                .hasMessageContaining("cannot write a Long (3)");
    }

    @Test
    void unknownNodeIsABadValueNotAnException() throws ChannelException {
        List<SignalValue> values = channel.read(List.of(ns + "Missing", ns + "ReadOnly"));

        assertThat(values.get(0).good()).isFalse();
        assertThat(values.get(0).status()).isEqualTo("Bad_NodeIdUnknown");
        assertThat(values.get(0).value()).isNull();
        assertThat(values.get(1).good()).isTrue();
        assertThat(values.get(1).value()).isEqualTo(42.0);
        assertThatThrownBy(values.get(0)::asDouble).hasMessageContaining("Bad_NodeIdUnknown");
    }

    @Test
    void malformedAddressNamesIt() {
        assertThatThrownBy(() -> channel.read(List.of(ns + "Double", "ns=two;s=Robot/X")))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining("ns=two;s=Robot/X")
                .hasMessageContaining("malformed NodeId")
                .satisfies(e -> assertThat(((ChannelException) e).address()).isEqualTo("ns=two;s=Robot/X"));
    }

    @Test
    void emptyReadNeedsNoRequest() throws ChannelException {
        assertThat(channel.read(List.of())).isEmpty();
    }

    @Test
    void connectIsIdempotentAndCloseNeverThrows() throws ChannelException {
        channel.connect();
        assertThat(channel.read(List.of(ns + "ReadOnly")).get(0).value()).isEqualTo(42.0);

        channel.close();
        channel.close();

        assertThatThrownBy(() -> channel.read(List.of(ns + "ReadOnly")))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining("not connected");
    }

    @Test
    void connectingWhereNothingListensFailsWithinTheTimeout() throws Exception {
        String endpoint = "opc.tcp://127.0.0.1:" + SignalTestServer.freePort() + "/test";
        Duration timeout = Duration.ofSeconds(2);
        try (OpcUaChannel unreachable = new OpcUaChannel(
                ChannelConfig.builder(endpoint).connectTimeout(timeout).build())) {
            long start = System.nanoTime();

            assertThatThrownBy(unreachable::connect)
                    .isInstanceOf(ChannelException.class)
                    .hasMessageStartingWith(endpoint);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(timeout.plusSeconds(1));
        }
    }

    @Test
    void readAfterTheServerStoppedFailsInsteadOfHanging() throws Exception {
        Duration requestTimeout = Duration.ofSeconds(1);
        SignalTestServer doomed = SignalTestServer.start();
        String address = "ns=" + doomed.namespaceIndex() + ";s=Signals/ReadOnly";
        try (OpcUaChannel lost = new OpcUaChannel(
                ChannelConfig.builder(doomed.endpointUrl()).requestTimeout(requestTimeout).build())) {
            lost.connect();
            assertThat(lost.read(List.of(address)).get(0).value()).isEqualTo(42.0);

            doomed.close();
            long start = System.nanoTime();

            assertThatThrownBy(() -> lost.read(List.of(address)))
                    .isInstanceOf(ChannelException.class)
                    .hasMessageContaining(address);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(requestTimeout.plusSeconds(2));
        }
    }
}
