package org.testbench.protocols.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.ChannelException;
import org.testbench.protocols.SignalValue;
import org.testbench.protocols.Subscription;

/** {@link OpcUaChannel#subscribe} and array values against a real Milo server on loopback. */
class OpcUaSubscriptionTest {

    private static final Logger LOG = LoggerFactory.getLogger(OpcUaSubscriptionTest.class);
    private static final Duration TEN_MS = Duration.ofMillis(10);

    private static SignalTestServer server;
    private static String ns;

    private final BlockingQueue<SignalValue> received = new LinkedBlockingQueue<>();
    private OpcUaChannel channel;

    @BeforeAll
    static void startServer() throws Exception {
        server = SignalTestServer.start();
        ns = "ns=" + server.namespaceIndex() + ";s=Signals/";
    }

    @AfterAll
    static void stopServer() {
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
    void deliversEverySampleInOrderWithSourceTimestamps() throws Exception {
        Instant start = Instant.now();
        try (Subscription subscription = channel.subscribe(List.of(ns + "Counter"), TEN_MS, 10, received::add)) {
            assertThat(subscription.addresses()).containsExactly(ns + "Counter");
            Thread.sleep(2000);
        }
        List<SignalValue> values = drain();

        double perSecond = values.size() / 2.0;
        LOG.info("one item sampled every 10 ms: {} notifications/s", perSecond);
        // 100 samples/s asked; leave room for a slow machine, but far more than polling at publish rate
        assertThat(perSecond).isGreaterThan(40);
        assertThat(values).allSatisfy(v -> {
            assertThat(v.good()).isTrue();
            assertThat(v.address()).isEqualTo(ns + "Counter");
            assertThat(v.sourceTime()).isAfter(start.minusSeconds(1));
        });
        for (int i = 1; i < values.size(); i++) {
            assertThat((Integer) values.get(i).value()).isGreaterThan((Integer) values.get(i - 1).value());
            assertThat(values.get(i).sourceTime()).isAfterOrEqualTo(values.get(i - 1).sourceTime());
        }
    }

    @Test
    void deliversWrittenValuesAndAnUnknownNodeAsABadValue() throws Exception {
        channel.write(ns + "Double", 1.5);
        try (Subscription subscription = channel.subscribe(List.of(ns + "Missing", ns + "Double"), TEN_MS, 4,
                received::add)) {
            SignalValue first = next();
            SignalValue initial = next();
            assertThat(List.of(first, initial)).anySatisfy(v -> {
                assertThat(v.address()).isEqualTo(ns + "Missing");
                assertThat(v.good()).isFalse();
                assertThat(v.status()).isEqualTo("Bad_NodeIdUnknown");
            }).anySatisfy(v -> assertThat(v.value()).isEqualTo(1.5));

            channel.write(ns + "Double", 2.5);
            SignalValue written = next();

            assertThat(written.address()).isEqualTo(ns + "Double");
            assertThat(written.value()).isEqualTo(2.5);
            assertThat(subscription.lastFailure()).isEmpty();
        }
    }

    @Test
    void closeStopsDelivery() throws Exception {
        Subscription subscription = channel.subscribe(List.of(ns + "Counter"), TEN_MS, 1, received::add);
        next();
        subscription.close();
        subscription.close();
        received.clear();

        Thread.sleep(300);

        assertThat(received).isEmpty();
    }

    @Test
    void refusesBadRequestsNamingWhatIsWrong() {
        assertThatThrownBy(() -> channel.subscribe(List.of("ns=two;s=X"), TEN_MS, 1, received::add))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining("ns=two;s=X")
                .hasMessageContaining("malformed NodeId");
        assertThatThrownBy(() -> channel.subscribe(List.of(ns + "Counter"), Duration.ZERO, 1, received::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sampling interval must be positive, got PT0S");
        assertThatThrownBy(() -> channel.subscribe(List.of(ns + "Counter"), TEN_MS, 0, received::add))
                .hasMessage("queue size must be at least 1, got 0");
        channel.close();
        assertThatThrownBy(() -> channel.subscribe(List.of(ns + "Counter"), TEN_MS, 1, received::add))
                .isInstanceOf(ChannelException.class)
                .hasMessageContaining("not connected");
    }

    @Test
    void readsAndWritesADoubleArray() throws ChannelException {
        channel.write(ns + "DoubleArray", new Double[] {1.0, 2.0, 3.0});
        assertThat(channel.read(List.of(ns + "DoubleArray")).get(0).value()).isEqualTo(new Double[] {1.0, 2.0, 3.0});

        channel.write(ns + "DoubleArray", new double[] {-0.5, 4.25});

        SignalValue back = channel.read(List.of(ns + "DoubleArray")).get(0);
        assertThat(back.good()).isTrue();
        assertThat(back.value()).isEqualTo(new Double[] {-0.5, 4.25});
    }

    @Test
    void publishingBatchesHalfTheQueueButStaysPrompt() {
        assertThat(MonitoredSignals.publishingInterval(10, 1)).isEqualTo(10);
        assertThat(MonitoredSignals.publishingInterval(10, 10)).isEqualTo(50);
        assertThat(MonitoredSignals.publishingInterval(10, 1000)).isEqualTo(500);
        assertThat(MonitoredSignals.publishingInterval(2000, 10)).isEqualTo(2000);
    }

    @Test
    void valuesFlowAgainAfterTheServerRestartsOnTheSamePort() throws Exception {
        Duration requestTimeout = Duration.ofSeconds(1);
        SignalTestServer restarting = SignalTestServer.start();
        String counter = "nsu=" + SignalTestServer.NAMESPACE_URI + ";s=Signals/Counter";
        int port = restarting.port();
        try (OpcUaChannel c = new OpcUaChannel(ChannelConfig.builder(restarting.endpointUrl())
                .requestTimeout(requestTimeout).build());
                Subscription subscription = subscribe(c, counter)) {
            assertThat(next().good()).isTrue();

            restarting.close();
            long stopped = System.nanoTime();
            assertThatThrownBy(() -> c.read(List.of(counter)))
                    .isInstanceOf(ChannelException.class)
                    .hasMessageContaining(counter);
            assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isLessThan(requestTimeout.plusSeconds(2));
            assertFailsQuickly(() -> c.write(counter.replace("Counter", "Double"), 1.0), requestTimeout);
            // a subscription waits for the subscription and for its items: two request timeouts
            assertFailsQuickly(() -> c.subscribe(List.of(counter), TEN_MS, 1, received::add).close(),
                    requestTimeout.multipliedBy(2));
            received.clear();
            restarting = SignalTestServer.start(port);
            long restarted = System.nanoTime();

            // the new server's counter starts at zero again, so a small value proves it is the new one
            SignalValue again = received.poll(30, TimeUnit.SECONDS);
            assertThat(again).as("a value within 30 s of the restart").isNotNull();
            LOG.info("values again {} ms after the restart", (System.nanoTime() - restarted) / 1_000_000);
            SignalValue later = received.poll(5, TimeUnit.SECONDS);
            assertThat(later).isNotNull();
            assertThat(later.good()).isTrue();
            assertThat((Integer) later.value()).isLessThan(60_000);
            assertThat(subscription.lastFailure()).isEmpty();
            assertThat(c.read(List.of(counter)).get(0).good()).isTrue();
        } finally {
            restarting.close();
        }
    }

    private static void assertFailsQuickly(ThrowingCallable call, Duration timeout) {
        long start = System.nanoTime();
        assertThatThrownBy(call).isInstanceOf(ChannelException.class).hasMessageContaining("Signals/");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(timeout.plusSeconds(2));
    }

    private Subscription subscribe(OpcUaChannel c, String address) throws ChannelException {
        c.connect();
        return c.subscribe(List.of(address), Duration.ofMillis(50), 4, received::add);
    }

    private SignalValue next() throws InterruptedException {
        SignalValue value = received.poll(5, TimeUnit.SECONDS);
        assertThat(value).as("a value within 5 s").isNotNull();
        return value;
    }

    private List<SignalValue> drain() {
        List<SignalValue> values = new ArrayList<>();
        received.drainTo(values);
        return values;
    }
}
