package org.testbench.run.influx;

import com.influxdb.LogLevel;
import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxDBClientFactory;
import com.influxdb.client.InfluxDBClientOptions;
import com.influxdb.client.WriteApiBlocking;
import com.influxdb.client.domain.WritePrecision;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Writes through the 2.x/3.x API ({@code /api/v2/write}) with influxdb-client-java's blocking
 * write API, which neither batches nor retries: {@link InfluxStream} does both, and spools.
 * The client logs nothing (its HTTP logging would show the {@code Authorization} header).
 */
final class InfluxV2Endpoint implements InfluxEndpoint {

    private final InfluxTarget target;
    private final InfluxDBClient client;
    private final WriteApiBlocking writes;

    InfluxV2Endpoint(InfluxTarget target, String token, Duration timeout) {
        this.target = target;
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(timeout).readTimeout(timeout).writeTimeout(timeout)
                .retryOnConnectionFailure(false);
        this.client = InfluxDBClientFactory.create(InfluxDBClientOptions.builder()
                .url(target.url().toString())
                .authenticateToken(token.toCharArray())
                .org(target.org())
                .bucket(target.bucket())
                .precision(WritePrecision.NS)
                .logLevel(LogLevel.NONE)
                .okHttpClient(http)
                .build());
        this.writes = client.getWriteApiBlocking();
    }

    @Override
    public void write(List<String> lines) throws InfluxException {
        if (lines.isEmpty()) {
            return;
        }
        try {
            writes.writeRecords(WritePrecision.NS, lines);
        } catch (com.influxdb.exceptions.InfluxException e) {
            String request = "POST " + target.url() + "/api/v2/write org '" + target.org() + "' bucket '"
                    + target.bucket() + "' (" + lines.size() + " points)";
            if (e.status() > 0) {
                throw new InfluxException(request + " answered HTTP " + e.status() + ": " + e.getMessage(), e.status());
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new InfluxException(request + ": " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage()), e);
        }
    }

    @Override
    public String describe() {
        return target.toString();
    }

    @Override
    public void close() {
        client.close();
    }
}
