package org.testbench.run.influx;

import java.net.URI;
import java.util.Objects;

/**
 * Where a run streams to: an InfluxDB server, the API spoken, and the database (1.x) or
 * organisation and bucket (2.x/3.x). Never holds the token itself, only where it lives.
 *
 * @param api      the API the points are written with
 * @param url      the server, e.g. {@code http://127.0.0.1:8086}
 * @param database the 1.x database, or null for {@link Api#V2}
 * @param org      the 2.x/3.x organisation, or null for {@link Api#V1}
 * @param bucket   the 2.x/3.x bucket, or null for {@link Api#V1}
 * @param token    where the API token lives; optional for {@link Api#V1}, required for {@link Api#V2}
 */
public record InfluxTarget(Api api, URI url, String database, String org, String bucket, InfluxToken token) {

    /** The two write APIs. */
    public enum Api {
        /** {@code /write} with line protocol and {@code /query} with InfluxQL (also served by 2.x and 3.x). */
        V1,
        /** {@code /api/v2/write} through influxdb-client-java (InfluxDB 2.x and 3.x). */
        V2
    }

    /** Checks that the fields of the chosen API are present. */
    public InfluxTarget {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(url, "url");
        if (api == Api.V1) {
            Objects.requireNonNull(database, "database");
        } else {
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * @param url      the server
     * @param database the database
     * @return a 1.x target without authentication
     */
    public static InfluxTarget v1(URI url, String database) {
        return new InfluxTarget(Api.V1, url, database, null, null, null);
    }

    /**
     * @param url      the server
     * @param database the database
     * @param token    where the token ({@code user:password} for 1.x) lives
     * @return a 1.x target that authenticates with {@code Authorization: Token}
     */
    public static InfluxTarget v1(URI url, String database, InfluxToken token) {
        return new InfluxTarget(Api.V1, url, database, null, null, token);
    }

    /**
     * @param url    the server
     * @param org    the organisation
     * @param bucket the bucket
     * @param token  where the API token lives
     * @return a 2.x/3.x target
     */
    public static InfluxTarget v2(URI url, String org, String bucket, InfluxToken token) {
        return new InfluxTarget(Api.V2, url, null, org, bucket, token);
    }

    /**
     * @return the database InfluxQL queries name: the 1.x database, or the bucket (InfluxDB 2.x
     *     maps buckets to databases of the same name for its 1.x compatibility API)
     */
    public String queryDatabase() {
        return api == Api.V1 ? database : bucket;
    }

    /** @return e.g. {@code InfluxDB 1.x http://127.0.0.1:8086 database 'lab'}, without the token */
    @Override
    public String toString() {
        return api == Api.V1 ? "InfluxDB 1.x " + url + " database '" + database + "'"
                : "InfluxDB 2.x/3.x " + url + " org '" + org + "' bucket '" + bucket + "'";
    }
}
