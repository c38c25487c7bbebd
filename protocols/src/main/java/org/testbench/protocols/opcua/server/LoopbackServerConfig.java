package org.testbench.protocols.opcua.server;

import java.util.Objects;

/**
 * Where and as what a {@link LoopbackServer} serves: the TCP port on 127.0.0.1 (0 for a free
 * one), the endpoint path and the application description clients see. Immutable: start from
 * {@link #of(String, String)} and derive variants with the {@code with} methods.
 *
 * @param port            TCP port 1..65535, or 0 to pick a free one at start
 * @param path            endpoint path starting with '/', e.g. {@code /testbench}
 * @param applicationUri  the server's application URI, e.g. {@code urn:testbench:sim-robot-server}
 * @param applicationName the server's name for people; also names it in errors and logs
 */
public record LoopbackServerConfig(int port, String path, String applicationUri, String applicationName) {

    /** Validates every field, naming the one that is wrong. */
    public LoopbackServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535 (0 = a free port), got " + port);
        }
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("endpoint path must start with '/', got " + path);
        }
        Objects.requireNonNull(applicationUri, "applicationUri");
        Objects.requireNonNull(applicationName, "applicationName");
    }

    /**
     * @param applicationUri  the server's application URI
     * @param applicationName the server's name for people
     * @return a configuration serving on a free port at path {@code /}
     */
    public static LoopbackServerConfig of(String applicationUri, String applicationName) {
        return new LoopbackServerConfig(0, "/", applicationUri, applicationName);
    }

    /**
     * @param value TCP port 1..65535, or 0 for a free one
     * @return this configuration on that port
     */
    public LoopbackServerConfig withPort(int value) {
        return new LoopbackServerConfig(value, path, applicationUri, applicationName);
    }

    /**
     * @param value endpoint path starting with '/'
     * @return this configuration at that path
     */
    public LoopbackServerConfig withPath(String value) {
        return new LoopbackServerConfig(port, value, applicationUri, applicationName);
    }
}
