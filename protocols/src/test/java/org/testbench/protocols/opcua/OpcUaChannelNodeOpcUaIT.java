package org.testbench.protocols.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.SignalValue;
import org.testbench.protocols.Subscription;

/**
 * {@link OpcUaChannel} against node-opcua, an independent OPC UA server: reads, writes (arrays
 * too), a subscription, and a subscription that survives the peer being killed and started again.
 */
class OpcUaChannelNodeOpcUaIT {

    private static final Logger LOG = LoggerFactory.getLogger(OpcUaChannelNodeOpcUaIT.class);
    private static final String NS = "nsu=urn:testbench:node-opcua-peer;s=Signals/";

    private final BlockingQueue<SignalValue> received = new LinkedBlockingQueue<>();

    @Test
    void readsWritesAndSubscribesAcrossAPeerRestart() throws Exception {
        int port = SignalTestServer.freePort();
        NodeOpcUaPeer peer = NodeOpcUaPeer.start(port);
        try (OpcUaChannel channel = new OpcUaChannel(ChannelConfig.builder(peer.endpointUrl())
                .requestTimeout(Duration.ofSeconds(1)).build())) {
            channel.connect();

            List<SignalValue> initial = channel.read(List.of(NS + "Double", NS + "Int32", NS + "Boolean",
                    NS + "String", NS + "DoubleArray", NS + "ReadOnly", NS + "Ramp"));
            assertThat(initial).allSatisfy(v -> assertThat(v.good()).as(v.toString()).isTrue());
            assertThat(initial.subList(0, 6)).extracting(SignalValue::value)
                    .containsExactly(1.5, 7, false, "hello", new Double[] {1.0, 2.0, 3.0}, 42.0);
            assertThat(initial.get(6).value()).isInstanceOf(Double.class);

            channel.write(NS + "Double", -3.25);
            channel.write(NS + "Int32", 123456);
            channel.write(NS + "Boolean", true);
            channel.write(NS + "String", "zwölf");
            channel.write(NS + "DoubleArray", new Double[] {0.5, -1.5});
            assertThat(channel.read(List.of(NS + "Double", NS + "Int32", NS + "Boolean", NS + "String",
                    NS + "DoubleArray"))).extracting(SignalValue::value)
                    .containsExactly(-3.25, 123456, true, "zwölf", new Double[] {0.5, -1.5});

            try (Subscription ramp = channel.subscribe(List.of(NS + "Ramp"), Duration.ofMillis(50), 4,
                    received::add)) {
                List<SignalValue> values = collect(Duration.ofSeconds(2));
                LOG.info("node-opcua ramp: {} values in 2 s", values.size());
                // one change every 100 ms
                assertThat(values.size()).isBetween(12, 24);
                assertIncreasing(values);

                peer.kill();
                received.clear();
                peer = NodeOpcUaPeer.start(port);
                long restarted = System.nanoTime();

                SignalValue again = received.poll(30, TimeUnit.SECONDS);
                assertThat(again).as("a value within 30 s of the peer's restart").isNotNull();
                LOG.info("node-opcua: values again {} ms after the restart", (System.nanoTime() - restarted) / 1_000_000);
                List<SignalValue> after = collect(Duration.ofSeconds(1));
                assertThat(after).hasSizeGreaterThan(5);
                assertIncreasing(after);
                assertThat(ramp.lastFailure()).isEmpty();
            }
        } finally {
            peer.close();
        }
    }

    private List<SignalValue> collect(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
        List<SignalValue> values = new ArrayList<>();
        received.drainTo(values);
        return values;
    }

    private static void assertIncreasing(List<SignalValue> values) {
        assertThat(values).allSatisfy(v -> {
            assertThat(v.good()).isTrue();
            assertThat(v.sourceTime()).isBefore(Instant.now().plusSeconds(1));
        });
        for (int i = 1; i < values.size(); i++) {
            assertThat(values.get(i).sourceTime()).isAfter(values.get(i - 1).sourceTime());
            assertThat((Double) values.get(i).value()).isGreaterThan((Double) values.get(i - 1).value());
        }
    }
}
