package org.testbench.protocols.modbus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The pymodbus 3.0 server of {@code src/test/resources/modbus/pymodbus_peer.py}: a Modbus peer no
 * one here wrote, run by Debian's {@code /usr/bin/python3} (the python3 on PATH may not see Debian's
 * python3-pymodbus) on a 127.0.0.1 port.
 */
final class PymodbusPeer implements AutoCloseable {

    private static final String PYTHON = "/usr/bin/python3";
    private static final long START_SECONDS = 30;

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CountDownLatch readyOrGone = new CountDownLatch(1);
    private volatile boolean ready;

    private PymodbusPeer(int port) throws IOException {
        String script;
        try {
            script = Path.of(PymodbusPeer.class.getResource("/modbus/pymodbus_peer.py").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate pymodbus_peer.py on the test class path", e);
        }
        try {
            process = new ProcessBuilder(PYTHON, script, String.valueOf(port)).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("cannot run " + PYTHON + " for the pymodbus peer (apt-get install python3-pymodbus): "
                    + e.getMessage(), e);
        }
        Thread reader = new Thread(this::collectOutput, "pymodbus-peer-" + port);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @param port a free 127.0.0.1 port
     * @return the peer, once it accepts connections
     * @throws IllegalStateException when the peer exits or does not get ready, with its output
     *     (e.g. that /usr/bin/python3 cannot import pymodbus)
     */
    static PymodbusPeer start(int port) throws IOException, InterruptedException {
        PymodbusPeer peer = new PymodbusPeer(port);
        if (!peer.readyOrGone.await(START_SECONDS, TimeUnit.SECONDS) || !peer.ready) {
            peer.close();
            throw new IllegalStateException("the pymodbus peer on 127.0.0.1:" + port + " did not get ready within "
                    + START_SECONDS + " s (exit " + (peer.process.isAlive() ? "-" : peer.process.exitValue())
                    + "); its output:\n" + peer.output);
        }
        return peer;
    }

    /** @return a 127.0.0.1 port nothing listens on right now */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on 127.0.0.1", e);
        }
    }

    /** @return what the peer printed so far, for failure messages */
    String output() {
        return output.toString();
    }

    /** Stops the peer and waits until its port is closed. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void collectOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("ready ")) {
                    ready = true;
                    readyOrGone.countDown();
                }
            }
        } catch (IOException e) {
            output.append("(reading the peer's output failed: ").append(e.getMessage()).append(")\n");
        } finally {
            readyOrGone.countDown();
        }
    }
}
