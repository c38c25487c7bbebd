package org.testbench.protocols;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An independent protocol peer (pymodbus, node-opcua) run as a child process on a 127.0.0.1
 * port: started, waited for until it prints its ready line, and stopped or killed. Its output is
 * kept for failure messages.
 */
public final class PeerProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final String readyPrefix;
    private final StringBuffer output = new StringBuffer();
    private final CountDownLatch readyOrGone = new CountDownLatch(1);
    private volatile boolean ready;

    private PeerProcess(String name, Process process, String readyPrefix) {
        this.name = name;
        this.process = process;
        this.readyPrefix = readyPrefix;
        Thread reader = new Thread(this::collectOutput, name);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @param name         the peer's name for messages, e.g. "pymodbus peer on 127.0.0.1:5020"
     * @param command      the process to run (its standard error is merged into its output)
     * @param readyPrefix  how the line the peer prints once it accepts connections starts
     * @param startSeconds how long it may take to get ready
     * @param installHint  what to install when the command cannot be run
     * @return the peer, ready
     * @throws IOException          when the command cannot be run
     * @throws InterruptedException when interrupted while waiting
     * @throws IllegalStateException when the peer exits or does not get ready, with its output
     */
    public static PeerProcess start(String name, ProcessBuilder command, String readyPrefix, long startSeconds,
                                    String installHint) throws IOException, InterruptedException {
        Process process;
        try {
            process = command.redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("cannot start the " + name + " (" + installHint + "): " + e.getMessage(), e);
        }
        PeerProcess peer = new PeerProcess(name, process, readyPrefix);
        if (!peer.readyOrGone.await(startSeconds, TimeUnit.SECONDS) || !peer.ready) {
            peer.close();
            throw new IllegalStateException("the " + name + " did not get ready within " + startSeconds + " s (exit "
                    + (process.isAlive() ? "-" : process.exitValue()) + "); its output:\n" + peer.output);
        }
        return peer;
    }

    /**
     * @param anchor   a class whose class loader sees the test resources
     * @param resource the resource's path, e.g. "/modbus/pymodbus_peer.py"
     * @return the resource as a file
     */
    public static Path resource(Class<?> anchor, String resource) {
        try {
            return Path.of(anchor.getResource(resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot locate " + resource + " on the test class path", e);
        }
    }

    /** @return what the peer printed so far */
    public String output() {
        return output.toString();
    }

    /**
     * Kills the peer as a crash would (SIGKILL: no goodbye to its clients) and waits until it is gone.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** Stops the peer and waits until it is gone. */
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
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith(readyPrefix)) {
                    ready = true;
                    readyOrGone.countDown();
                }
            }
        } catch (IOException e) {
            output.append("(reading the ").append(name).append("'s output failed: ").append(e.getMessage()).append(")\n");
        } finally {
            readyOrGone.countDown();
        }
    }
}
