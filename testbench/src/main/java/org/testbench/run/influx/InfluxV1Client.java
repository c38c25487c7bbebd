package org.testbench.run.influx;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The InfluxDB 1.x HTTP API for one database: {@code /ping}, {@code /write} (line protocol,
 * nanosecond precision) and {@code /query} (InfluxQL). The same endpoints are served by the
 * 1.x compatibility API of InfluxDB 2.x and 3.x. Safe to share between threads.
 */
public final class InfluxV1Client {

    private final URI baseUrl;
    private final String database;
    private final Duration timeout;
    /** The {@code Authorization} header's value, or null; never part of a message. */
    private final String authorization;
    private final HttpClient http;

    /**
     * @param baseUrl  the server, e.g. {@code http://127.0.0.1:8086} (a path prefix is kept)
     * @param database the database every request works on
     * @param timeout  how long to wait for a connection and for each answer
     * @throws IllegalArgumentException when the URL is not absolute http(s), the database is blank
     *                                  or the timeout is not positive
     */
    public InfluxV1Client(URI baseUrl, String database, Duration timeout) {
        this(baseUrl, database, timeout, null);
    }

    /**
     * A client that authenticates every request: a token of the form {@code user:password} as
     * HTTP Basic authentication (InfluxDB 1.x with authentication enabled), any other token as
     * {@code Authorization: Token <token>} (the API token of InfluxDB 2.x and 3.x on their 1.x API).
     *
     * @param baseUrl  the server
     * @param database the database (the bucket, for 2.x and 3.x)
     * @param timeout  how long to wait for a connection and for each answer
     * @param token    the token, or null for none
     */
    public InfluxV1Client(URI baseUrl, String database, Duration timeout, String token) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(timeout, "timeout");
        if (!("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme())) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("InfluxDB URL '" + baseUrl + "' is not an absolute http(s) URL");
        }
        if (database.isBlank()) {
            throw new IllegalArgumentException("InfluxDB database name is blank (URL " + baseUrl + ")");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("InfluxDB timeout must be positive, was " + timeout);
        }
        this.baseUrl = baseUrl;
        this.database = database;
        this.timeout = timeout;
        this.authorization = token == null ? null : token.indexOf(':') > 0
                ? "Basic " + java.util.Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8))
                : "Token " + token;
        // InfluxDB 1.x speaks HTTP/1.1 only; this skips the h2c upgrade attempt on every request.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** @return the server URL as given */
    public URI baseUrl() {
        return baseUrl;
    }

    /** @return the database this client writes to and queries */
    public String database() {
        return database;
    }

    /**
     * Checks the server is up.
     *
     * @throws InfluxException when it cannot be reached or does not answer 204
     */
    public void ping() throws InfluxException {
        URI uri = endpoint("/ping", Map.of());
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).GET(), "GET " + uri);
        if (response.statusCode() != 204) {
            throw InfluxAnswer.rejected("GET " + uri, response, "expected 204");
        }
    }

    /**
     * Creates the database; succeeds when it exists already.
     *
     * @throws InfluxException when the server refuses
     */
    public void createDatabase() throws InfluxException {
        command("CREATE DATABASE " + quoteIdentifier(database));
    }

    /**
     * Drops the database with all its data; succeeds when it does not exist.
     *
     * @throws InfluxException when the server refuses
     */
    public void dropDatabase() throws InfluxException {
        command("DROP DATABASE " + quoteIdentifier(database));
    }

    /**
     * Writes the points in one request; writes nothing for an empty list. Writing the same point
     * again overwrites it (same series and timestamp), so a failed write may simply be repeated.
     *
     * @param points the points
     * @throws InfluxException when the server cannot be reached or does not accept every point
     *                         (its message has the status and InfluxDB's error, e.g. a partial write)
     */
    public void write(List<LinePoint> points) throws InfluxException {
        writeLines(points.stream().map(LinePoint::toLineProtocol).toList());
    }

    /**
     * Writes points already rendered as line protocol with nanosecond timestamps.
     *
     * @param lines one point per element, without line breaks
     * @throws InfluxException as {@link #write(List)}
     */
    public void writeLines(List<String> lines) throws InfluxException {
        if (lines.isEmpty()) {
            return;
        }
        int size = 0;
        for (String line : lines) {
            size += line.length() + 1;
        }
        StringBuilder body = new StringBuilder(size);
        for (String line : lines) {
            body.append(line).append('\n');
        }
        URI uri = endpoint("/write", Map.of("db", database, "precision", "ns"));
        String request = "POST " + uri + " (" + lines.size() + " points)";
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)), request);
        if (response.statusCode() / 100 != 2) {
            throw InfluxAnswer.rejected(request, response, null);
        }
    }

    /**
     * Runs a read-only InfluxQL query (SELECT, SHOW) against the database.
     *
     * <p>Every series of every statement is flattened into rows of column -> value; a series'
     * GROUP BY tags are added to each of its rows. {@code time} is a Long of nanoseconds since the
     * epoch. Numbers are Long when InfluxDB's JSON has no fraction (a float field holding 2.0
     * comes back as 2), else Double.
     *
     * @param influxql the query
     * @return the rows in InfluxDB's order, empty when nothing matched
     * @throws InfluxException when the server cannot be reached or reports an error for any statement
     */
    public List<Map<String, Object>> query(String influxql) throws InfluxException {
        URI uri = endpoint("/query", Map.of("db", database, "epoch", "ns", "q", influxql));
        String request = "query \"" + influxql + "\" on database '" + database + "' at " + baseUrl;
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).GET(), request);
        return InfluxAnswer.rows(request, response);
    }

    /** Statements that change the server must be POSTed. */
    private void command(String influxql) throws InfluxException {
        URI uri = endpoint("/query", Map.of());
        String request = "\"" + influxql + "\" at " + uri;
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q=" + URLEncoder.encode(influxql, StandardCharsets.UTF_8))),
                request);
        InfluxAnswer.rows(request, response);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String description) throws InfluxException {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new InfluxException(description + ": no answer within " + timeout, e);
        } catch (IOException e) {
            throw new InfluxException(description + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfluxException(description + ": interrupted", e);
        }
    }

    private URI endpoint(String path, Map<String, String> parameters) {
        String base = baseUrl.toString();
        StringBuilder uri = new StringBuilder(base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                .append(path);
        char separator = '?';
        // Fixed order (db, precision/epoch, q) keeps the URLs in messages readable and stable.
        for (String name : List.of("db", "precision", "epoch", "q")) {
            String value = parameters.get(name);
            if (value != null) {
                uri.append(separator).append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return URI.create(uri.toString());
    }

    /** An InfluxQL identifier in double quotes, so any database name works. */
    static String quoteIdentifier(String name) {
        return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
