package org.testbench.protocols.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.SignalValue;
import org.testbench.protocols.Subscription;

/**
 * The polling {@link org.testbench.protocols.Channel#subscribe} of {@link ModbusChannel} against the
 * pymodbus peer: every poll's values in address order, stamped with the reply time, and a stream
 * that resumes by itself after the peer restarts.
 */
class ModbusSubscriptionIT {

    private final BlockingQueue<SignalValue> received = new LinkedBlockingQueue<>();

    @Test
    void pollsAtTheSamplingIntervalAndResumesAfterThePeerRestarts() throws Exception {
        int port = PymodbusPeer.freePort();
        PymodbusPeer peer = PymodbusPeer.start(port);
        List<String> addresses = List.of("holding:0:int16", "holding:6:float32");
        try (ModbusChannel channel = new ModbusChannel(ChannelConfig.builder("modbus-tcp://127.0.0.1:" + port
                + "?unit-id=1").requestTimeout(Duration.ofMillis(500)).build())) {
            channel.connect();
            Instant start = Instant.now();
            try (Subscription subscription = channel.subscribe(addresses, Duration.ofMillis(50), 1, received::add)) {
                Thread.sleep(1000);
                List<SignalValue> values = drain();

                // about 21 polls of two values in the first second (one right away, then every 50 ms)
                assertThat(values.size()).isBetween(24, 44).isEven();
                for (int i = 0; i < values.size(); i += 2) {
                    assertThat(values.get(i).address()).isEqualTo("holding:0:int16");
                    assertThat(values.get(i).value()).isEqualTo(-1234);
                    assertThat(values.get(i + 1).value()).isEqualTo(1.5f);
                    assertThat(values.get(i).sourceTime()).isAfter(start);
                    if (i > 0) {
                        assertThat(values.get(i).sourceTime()).isAfter(values.get(i - 2).sourceTime());
                    }
                }

                peer.close();
                Thread.sleep(500);
                assertThat(subscription.lastFailure()).hasValueSatisfying(
                        e -> assertThat(e.getMessage()).contains("modbus-tcp://127.0.0.1:" + port));
                received.clear();
                peer = PymodbusPeer.start(port);

                SignalValue again = received.poll(20, TimeUnit.SECONDS);
                assertThat(again).as("a value within 20 s of the restart").isNotNull();
                assertThat(again.value()).isEqualTo(-1234);
                Thread.sleep(200);
                assertThat(subscription.lastFailure()).isEmpty();
            }
        } finally {
            peer.close();
        }
    }

    private List<SignalValue> drain() {
        List<SignalValue> values = new ArrayList<>();
        received.drainTo(values);
        return values;
    }
}
