package org.testbench.run.influx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the client does before and without a server; the server side is in {@link InfluxV1ClientIT}. */
class InfluxV1ClientTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void refusesUrlsItCannotUse() {
        assertThatThrownBy(() -> new InfluxV1Client(URI.create("localhost:8086"), "lab", TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("InfluxDB URL 'localhost:8086' is not an absolute http(s) URL");
        assertThatThrownBy(() -> new InfluxV1Client(URI.create("udp://127.0.0.1:8089"), "lab", TIMEOUT))
                .hasMessage("InfluxDB URL 'udp://127.0.0.1:8089' is not an absolute http(s) URL");
        assertThatThrownBy(() -> new InfluxV1Client(URI.create("http://127.0.0.1:8086"), " ", TIMEOUT))
                .hasMessage("InfluxDB database name is blank (URL http://127.0.0.1:8086)");
        assertThatThrownBy(() -> new InfluxV1Client(URI.create("http://127.0.0.1:8086"), "lab", Duration.ZERO))
                .hasMessage("InfluxDB timeout must be positive, was PT0S");
    }

    @Test
    void anUnreachableServerIsNamedWithTheRequest() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        InfluxV1Client client = new InfluxV1Client(URI.create("http://127.0.0.1:" + port + "/"), "lab", TIMEOUT);
        LinePoint point = LinePoint.builder("pose").field("value", 1.0).time(Instant.EPOCH).build();

        assertThatCode(() -> client.write(List.of())).as("an empty write sends nothing").doesNotThrowAnyException();
        assertThatThrownBy(client::ping)
                .isInstanceOf(InfluxException.class)
                .hasMessageStartingWith("GET http://127.0.0.1:" + port + "/ping: ConnectException")
                .satisfies(e -> assertThat(((InfluxException) e).status()).isEmpty());
        assertThatThrownBy(() -> client.write(List.of(point)))
                .hasMessageStartingWith("POST http://127.0.0.1:" + port + "/write?db=lab&precision=ns (1 points): ");
    }

    @Test
    void quotesDatabaseNamesAsInfluxQlIdentifiers() {
        assertThat(InfluxV1Client.quoteIdentifier("lab")).isEqualTo("\"lab\"");
        assertThat(InfluxV1Client.quoteIdentifier("a \"b\" \\c")).isEqualTo("\"a \\\"b\\\" \\\\c\"");
    }
}
