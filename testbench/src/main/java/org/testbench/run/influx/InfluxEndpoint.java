package org.testbench.run.influx;

import java.time.Duration;
import java.util.List;
import org.testbench.rigs.yaml.InputException;

/**
 * The write side of one InfluxDB target: takes batches of points rendered as line protocol
 * (nanosecond timestamps) and answers only once the server has accepted or refused them.
 * Retrying, batching and spooling are {@link InfluxStream}'s business, not an endpoint's.
 */
public interface InfluxEndpoint extends AutoCloseable {

    /**
     * @param lines one point per element, without line breaks; the same lines written twice give
     *              the same points (InfluxDB keeps one point per series and timestamp)
     * @throws InfluxException when the server cannot be reached or refuses; its status tells which
     */
    void write(List<String> lines) throws InfluxException;

    /** @return the target, for messages; never the token */
    String describe();

    /** Releases connections; never throws. */
    @Override
    void close();

    /**
     * @param target  where to write
     * @param timeout how long to wait for a connection and for each answer
     * @return the endpoint for the target's API
     * @throws InputException when the token cannot be read (naming its option, never the token)
     */
    static InfluxEndpoint open(InfluxTarget target, Duration timeout) throws InputException {
        String token = target.token() == null ? null : target.token().resolve();
        return target.api() == InfluxTarget.Api.V1
                ? new InfluxV1Endpoint(new InfluxV1Client(target.url(), target.database(), timeout, token))
                : new InfluxV2Endpoint(target, token, timeout);
    }

    /**
     * Whether a refusal is for good: the server read the batch and will never accept it as it is
     * (InfluxDB answers 400 for a malformed point or a field type conflict, 413 for a body too
     * large). Everything else (no answer, 5xx, 429, and 401/403/404, which an operator can fix
     * while the run goes on) is worth retrying.
     *
     * @param e a failed write
     * @return true when retrying the same batch cannot succeed
     */
    static boolean permanent(InfluxException e) {
        int status = e.status().orElse(-1);
        return status == 400 || status == 413 || status == 422;
    }
}
