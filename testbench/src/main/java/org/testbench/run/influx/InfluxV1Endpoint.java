package org.testbench.run.influx;

import java.util.List;

/**
 * Writes through the 1.x HTTP API ({@code /write}), creating the database before the first write
 * and again after the server reports it missing, so that a server that starts empty, or comes
 * back from an outage without the database, still receives the run.
 */
final class InfluxV1Endpoint implements InfluxEndpoint {

    private final InfluxV1Client client;
    private volatile boolean databaseReady;

    InfluxV1Endpoint(InfluxV1Client client) {
        this.client = client;
    }

    @Override
    public void write(List<String> lines) throws InfluxException {
        if (!databaseReady) {
            client.createDatabase();
            databaseReady = true;
        }
        try {
            client.writeLines(lines);
        } catch (InfluxException e) {
            if (e.status().orElse(-1) == 404) {
                databaseReady = false;
            }
            throw e;
        }
    }

    @Override
    public String describe() {
        return "InfluxDB 1.x " + client.baseUrl() + " database '" + client.database() + "'";
    }

    @Override
    public void close() {
        // java.net.http keeps no resources that need releasing before Java 21.
    }
}
