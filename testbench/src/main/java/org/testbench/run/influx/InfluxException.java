package org.testbench.run.influx;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * InfluxDB could not be reached or refused a request. It is an {@link IOException} because to a
 * run it is a store fault, like a full disk under the run archive.
 *
 * <p>The message names the request ({@code POST http://127.0.0.1:8086/write?db=lab&precision=ns}),
 * the HTTP status when there was an answer, and InfluxDB's own error text.
 */
public final class InfluxException extends IOException {

    private final int status;

    /**
     * For a request that InfluxDB answered with an error.
     *
     * @param message what was asked and what InfluxDB said
     * @param status  the HTTP status of the answer
     */
    public InfluxException(String message, int status) {
        super(message);
        this.status = status;
    }

    /**
     * For a request that got no answer (refused connection, timeout, interruption).
     *
     * @param message what was asked and why it failed
     * @param cause   the transport failure
     */
    public InfluxException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    /**
     * @return the HTTP status InfluxDB answered with, empty when no answer came
     */
    public OptionalInt status() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }
}
