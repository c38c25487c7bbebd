package org.testbench.run.influx;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A private influxd (Debian's InfluxDB 1.x, {@code /usr/bin/influxd}) that a test stops and
 * starts again, on the same loopback port and data folders, to make a real outage. Configured
 * as scripts/run-tests configures its own (DEPENDENCIES.md).
 */
public final class InfluxdProcess implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/influxd");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path dir;
    private final int httpPort;
    private Process process;

    private InfluxdProcess(Path dir, int httpPort) {
        this.dir = dir;
        this.httpPort = httpPort;
    }

    /**
     * Writes the configuration; starts nothing yet.
     *
     * @param dir an empty folder for the configuration, data, WAL and log
     * @return the server, stopped, without authentication
     * @throws IOException when the folder cannot be written or no port is free
     */
    public static InfluxdProcess prepare(Path dir) throws IOException {
        return prepare(dir, false);
    }

    /**
     * Writes the configuration; starts nothing yet.
     *
     * @param dir  an empty folder for the configuration, data, WAL and log
     * @param auth whether the HTTP API requires authentication (the first user is created without)
     * @return the server, stopped
     * @throws IOException when the folder cannot be written or no port is free
     */
    public static InfluxdProcess prepare(Path dir, boolean auth) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: scripts/run-tests installs the influxdb package");
        }
        int http = freePort();
        int rpc = freePort();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("influxdb.conf"), String.join("\n",
                "reporting-disabled = true",
                "bind-address = \"127.0.0.1:" + rpc + "\"",
                "[meta]", "  dir = \"" + dir.resolve("meta") + "\"",
                "[data]", "  dir = \"" + dir.resolve("data") + "\"", "  wal-dir = \"" + dir.resolve("wal") + "\"",
                "  query-log-enabled = false",
                "[http]", "  enabled = true", "  bind-address = \"127.0.0.1:" + http + "\"", "  log-enabled = false", "  auth-enabled = " + auth,
                "[monitor]", "  store-enabled = false", ""));
        return new InfluxdProcess(dir, http);
    }

    /** @return the HTTP API's URL, whether or not the server runs */
    public URI url() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /**
     * Starts influxd and waits until {@code /ping} answers.
     *
     * @throws IOException when it does not start
     * @throws InterruptedException when interrupted while waiting
     */
    public void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(BINARY.toString(), "run", "-config", dir.resolve("influxdb.conf").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("influxd.log").toFile()))
                .start();
        InfluxV1Client client = new InfluxV1Client(url(), "ping", Duration.ofSeconds(2));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try {
                client.ping();
                return;
            } catch (InfluxException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    stop();
                    throw new IOException("influxd did not answer /ping at " + url() + "; see " + dir.resolve("influxd.log"), e);
                }
                Thread.sleep(100);
            }
        }
    }

    /**
     * Stops influxd (SIGTERM, then SIGKILL after 20 s) and waits for it to exit.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        process = null;
    }

    /** Stops influxd; an interrupt while waiting for it is passed on to the caller's thread. */
    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
