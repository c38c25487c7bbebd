package org.testbench.run.influx;

import java.net.URI;
import java.util.Objects;

/**
 * Where a run streams to: an InfluxDB 1.x HTTP API and a database.
 *
 * @param url      the server, e.g. {@code http://127.0.0.1:8086}
 * @param database the database
 */
public record InfluxTarget(URI url, String database) {

    /** Checks the fields are present. */
    public InfluxTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(database, "database");
    }
}
