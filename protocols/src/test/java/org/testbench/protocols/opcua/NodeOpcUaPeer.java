package org.testbench.protocols.opcua;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The node-opcua server of {@code src/test/resources/opcua/node_opcua_peer.js}: an OPC UA stack no
 * one here wrote, on a 127.0.0.1 port. node-opcua itself comes from npm: {@code scripts/run-tests}
 * installs it under {@code protocols/target/node-peer} and names that folder in
 * {@value #DIR_VARIABLE} (or the system property {@value #DIR_PROPERTY}).
 */
final class NodeOpcUaPeer implements AutoCloseable {

    static final String DIR_VARIABLE = "TESTBENCH_NODE_OPCUA_DIR";
    static final String DIR_PROPERTY = "testbench.node-opcua.dir";
    /** The first start generates the peer's certificate, which takes a few seconds. */
    private static final long START_SECONDS = 60;

    private final Process process;
    private final int port;
    private final StringBuffer output = new StringBuffer();
    private final CountDownLatch readyOrGone = new CountDownLatch(1);
    private volatile boolean ready;

    private NodeOpcUaPeer(Path nodeModules, int port) throws IOException {
        this.port = port;
        String script;
        try {
            script = Path.of(NodeOpcUaPeer.class.getResource("/opcua/node_opcua_peer.js").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate node_opcua_peer.js on the test class path", e);
        }
        Path pki = nodeModules.getParent().resolve("pki");
        ProcessBuilder builder = new ProcessBuilder("node", script, String.valueOf(port), pki.toString())
                .redirectErrorStream(true);
        builder.environment().put("NODE_PATH", nodeModules.toString());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("cannot run node for the node-opcua peer (scripts/run-tests installs nodejs): "
                    + e.getMessage(), e);
        }
        Thread reader = new Thread(this::collectOutput, "node-opcua-peer-" + port);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @return the {@code node_modules} folder holding node-opcua
     * @throws IllegalStateException when it is not installed, saying how to install it
     */
    static Path nodeModules() {
        String configured = System.getProperty(DIR_PROPERTY, System.getenv(DIR_VARIABLE));
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("basedir", "."), "target", "node-peer");
        Path modules = dir.toAbsolutePath().resolve("node_modules");
        if (!Files.isRegularFile(modules.resolve("node-opcua").resolve("package.json"))) {
            throw new IllegalStateException("node-opcua is not installed in " + modules + " (" + DIR_VARIABLE + "="
                    + (configured == null ? "unset" : configured) + "): run the tests through scripts/run-tests,"
                    + " which installs it with npm, e.g. scripts/run-tests -o -pl protocols");
        }
        return modules;
    }

    /**
     * @param port a free 127.0.0.1 port, or the port of a peer that was killed
     * @return the peer, once it accepts connections
     * @throws IllegalStateException when the peer exits or does not get ready, with its output
     */
    static NodeOpcUaPeer start(int port) throws IOException, InterruptedException {
        NodeOpcUaPeer peer = new NodeOpcUaPeer(nodeModules(), port);
        if (!peer.readyOrGone.await(START_SECONDS, TimeUnit.SECONDS) || !peer.ready) {
            peer.close();
            throw new IllegalStateException("the node-opcua peer on 127.0.0.1:" + port + " did not get ready within "
                    + START_SECONDS + " s (exit " + (peer.process.isAlive() ? "-" : peer.process.exitValue())
                    + "); its output:\n" + peer.output);
        }
        return peer;
    }

    /** @return the peer's endpoint */
    String endpointUrl() {
        return "opc.tcp://127.0.0.1:" + port + "/test";
    }

    /** Kills the peer as a crash would (SIGKILL: no goodbye to its clients) and waits until it is gone. */
    void kill() throws InterruptedException {
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
                if (line.startsWith("node-opcua peer ready on ")) {
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
