package org.testbench.protocols.modbus;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * Where a Modbus device listens: {@code modbus-tcp://host[:port][?unit-id=N]}, port 502 and unit 1
 * by default.
 *
 * @param host   the device's host name or IP address
 * @param port   its TCP port
 * @param unitId the unit identifier (slave id) every request carries, 0-255
 */
record ModbusEndpoint(String host, int port, int unitId) {

    /** The registered Modbus TCP port. */
    static final int DEFAULT_PORT = 502;

    private static final String FORMAT = "expected modbus-tcp://host[:port][?unit-id=0-255],"
            + " e.g. modbus-tcp://192.168.0.10:502?unit-id=1";

    /**
     * @param endpoint the endpoint as the rig file wrote it
     * @return the parsed endpoint
     * @throws IllegalArgumentException when the endpoint does not follow the syntax, saying why
     */
    static ModbusEndpoint parse(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed endpoint " + endpoint + ": " + e.getMessage() + " (" + FORMAT + ")", e);
        }
        if (!"modbus-tcp".equals(uri.getScheme()) || uri.getHost() == null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath()))) {
            throw new IllegalArgumentException("not a Modbus TCP endpoint: " + endpoint + " (" + FORMAT + ")");
        }
        int unitId = 1;
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                if (!parameter.matches("unit-id=\\d{1,3}") || Integer.parseInt(parameter.substring(8)) > 255) {
                    throw new IllegalArgumentException("unsupported parameter '" + parameter + "' in " + endpoint
                            + " (" + FORMAT + ")");
                }
                unitId = Integer.parseInt(parameter.substring(8));
            }
        }
        return new ModbusEndpoint(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), unitId);
    }

    /**
     * @param connectTimeout how long the TCP connect may take
     * @param requestTimeout how long plc4j waits for a reply
     * @return the connection string of plc4j's Modbus TCP driver
     */
    String plc4jUrl(Duration connectTimeout, Duration requestTimeout) {
        // plc4j's optimizer cuts discrete-input reads at this register limit, which it applies to
        // bits too; ReadBlock keeps register blocks within 125 itself.
        return "modbus-tcp://" + host + ":" + port + "?default-unit-identifier=" + unitId
                + "&request-timeout=" + Math.max(1, requestTimeout.toMillis())
                + "&tcp.default-timeout=" + Math.max(1, connectTimeout.toMillis())
                + "&max-registers-per-request=" + ModbusTable.DISCRETE.maxReadCount();
    }
}
