package org.testbench.protocols.modbus;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A Modbus TCP peer on 127.0.0.1 that answers every request frame with whatever its test says,
 * including nothing or bytes no device should send: the faults pymodbus will not produce.
 */
final class RawModbusPeer implements AutoCloseable {

    private final ServerSocket server;
    private final UnaryOperator<byte[]> answer;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<byte[]> requests = new CopyOnWriteArrayList<>();

    /**
     * @param answer the reply frame (MBAP header and PDU) to a request frame, or null to stay silent
     */
    RawModbusPeer(UnaryOperator<byte[]> answer) throws IOException {
        this(0, answer);
    }

    /**
     * @param port   the 127.0.0.1 port to listen on, 0 for any free one
     * @param answer the reply frame (MBAP header and PDU) to a request frame, or null to stay silent
     */
    RawModbusPeer(int port, UnaryOperator<byte[]> answer) throws IOException {
        this.server = new ServerSocket(port, 10, InetAddress.getLoopbackAddress());
        this.answer = answer;
        Thread acceptor = new Thread(this::accept, "raw-modbus-peer-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** @return how many connections the peer has accepted */
    int connections() {
        return connections.get();
    }

    /** @return the request frames received so far, in order */
    List<byte[]> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    private void accept() {
        try {
            while (!server.isClosed()) {
                Socket socket = server.accept();
                connections.incrementAndGet();
                sockets.add(socket);
                Thread reader = new Thread(() -> serve(socket), "raw-modbus-peer-connection");
                reader.setDaemon(true);
                reader.start();
            }
        } catch (IOException closed) {
            // close() ends the accept loop
        }
    }

    private void serve(Socket socket) {
        try (InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            DataInputStream frames = new DataInputStream(in);
            while (true) {
                byte[] header = new byte[6];
                frames.readFully(header);
                byte[] frame = new byte[6 + ((header[4] & 0xFF) << 8 | (header[5] & 0xFF))];
                System.arraycopy(header, 0, frame, 0, 6);
                frames.readFully(frame, 6, frame.length - 6);
                requests.add(frame);
                byte[] reply = answer.apply(frame);
                if (reply != null) {
                    out.write(reply);
                    out.flush();
                }
            }
        } catch (IOException closed) {
            // the client or close() ended the connection
        }
    }

    /**
     * @param request a request frame
     * @param pdu     the reply's PDU (function code and data)
     * @return a reply frame with the request's transaction and unit identifiers
     */
    static byte[] reply(byte[] request, int... pdu) {
        byte[] frame = new byte[7 + pdu.length];
        frame[0] = request[0];
        frame[1] = request[1];
        frame[5] = (byte) (pdu.length + 1);
        frame[6] = request[6];
        for (int i = 0; i < pdu.length; i++) {
            frame[7 + i] = (byte) pdu[i];
        }
        return frame;
    }
}
