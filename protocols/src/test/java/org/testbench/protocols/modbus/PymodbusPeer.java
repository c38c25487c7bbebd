package org.testbench.protocols.modbus;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.testbench.protocols.PeerProcess;

/**
 * The pymodbus 3.0 server of {@code src/test/resources/modbus/pymodbus_peer.py}: a Modbus peer no
 * one here wrote, run by Debian's {@code /usr/bin/python3} (the python3 on PATH may not see Debian's
 * python3-pymodbus) on a 127.0.0.1 port.
 */
final class PymodbusPeer implements AutoCloseable {

    private static final String PYTHON = "/usr/bin/python3";
    private static final long START_SECONDS = 30;

    private final PeerProcess process;

    private PymodbusPeer(PeerProcess process) {
        this.process = process;
    }

    /**
     * @param port a free 127.0.0.1 port
     * @return the peer, once it accepts connections
     * @throws IllegalStateException when the peer exits or does not get ready, with its output
     *     (e.g. that /usr/bin/python3 cannot import pymodbus)
     */
    static PymodbusPeer start(int port) throws IOException, InterruptedException {
        String script = PeerProcess.resource(PymodbusPeer.class, "/modbus/pymodbus_peer.py").toString();
        return new PymodbusPeer(PeerProcess.start("pymodbus peer on 127.0.0.1:" + port,
                new ProcessBuilder(PYTHON, script, String.valueOf(port)), "ready ", START_SECONDS,
                "apt-get install python3-pymodbus"));
    }

    /** @return a 127.0.0.1 port nothing listens on right now */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on 127.0.0.1", e);
        }
    }

    /** Stops the peer and waits until its port is closed. */
    @Override
    public void close() {
        process.close();
    }
}
