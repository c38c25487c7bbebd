package org.testbench.protocols.opcua;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testbench.protocols.PeerProcess;

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

    private final PeerProcess process;
    private final int port;

    private NodeOpcUaPeer(PeerProcess process, int port) {
        this.process = process;
        this.port = port;
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
        return start(port, null, null);
    }

    /**
     * @param port     a free 127.0.0.1 port
     * @param username the one user the peer accepts, or null for anonymous sessions only
     * @param password that user's password
     * @return the peer, refusing anonymous sessions when it has a user, once it accepts connections
     * @throws IllegalStateException when the peer exits or does not get ready, with its output
     */
    static NodeOpcUaPeer start(int port, String username, String password) throws IOException, InterruptedException {
        Path nodeModules = nodeModules();
        String script = PeerProcess.resource(NodeOpcUaPeer.class, "/opcua/node_opcua_peer.js").toString();
        Path pki = nodeModules.getParent().resolve("pki");
        ProcessBuilder command = new ProcessBuilder("node", script, String.valueOf(port), pki.toString());
        command.environment().put("NODE_PATH", nodeModules.toString());
        if (username != null) {
            command.environment().put("PEER_USERNAME", username);
            command.environment().put("PEER_PASSWORD", password);
        }
        return new NodeOpcUaPeer(PeerProcess.start("node-opcua peer on 127.0.0.1:" + port, command,
                "node-opcua peer ready on ", START_SECONDS, "scripts/run-tests installs nodejs"), port);
    }

    /** @return the peer's endpoint */
    String endpointUrl() {
        return "opc.tcp://127.0.0.1:" + port + "/test";
    }

    /**
     * Kills the peer as a crash would (SIGKILL: no goodbye to its clients) and waits until it is gone.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    void kill() throws InterruptedException {
        process.kill();
    }

    /** Stops the peer and waits until it is gone. */
    @Override
    public void close() {
        process.close();
    }
}
