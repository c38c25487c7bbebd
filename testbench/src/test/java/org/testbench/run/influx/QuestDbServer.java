package org.testbench.run.influx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.questdb.ServerMain;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * QuestDB embedded in the test JVM: a real server of InfluxDB's v2 write endpoint
 * ({@code /api/v2/write}, line protocol over HTTP) on 127.0.0.1, with its SQL over HTTP
 * ({@code /exec}) to count what arrived. Only HTTP is enabled.
 */
public final class QuestDbServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerMain server;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private QuestDbServer(ServerMain server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * @param root an empty folder for QuestDB's files
     * @return the started server
     * @throws IOException when no free port is found
     */
    public static QuestDbServer start(Path root) throws IOException {
        return start(root, freePort());
    }

    /**
     * @param root an empty folder for QuestDB's files
     * @param port the HTTP port on 127.0.0.1, e.g. one a client has been refused on so far
     * @return the started server
     * @throws IOException when the folder cannot be made
     */
    public static QuestDbServer start(Path root, int port) throws IOException {
        java.nio.file.Files.createDirectories(root);
        ServerMain server = ServerMain.create(root.toString(), Map.of(
                "QDB_HTTP_BIND_TO", "127.0.0.1:" + port,
                "QDB_HTTP_MIN_ENABLED", "false",
                "QDB_PG_ENABLED", "false",
                "QDB_LINE_TCP_ENABLED", "false",
                "QDB_LINE_UDP_ENABLED", "false",
                "QDB_TELEMETRY_ENABLED", "false",
                "QDB_HTTP_SECURITY_READONLY", "false"));
        server.start();
        return new QuestDbServer(server, port);
    }

    /** @return the server's URL */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /**
     * @param table a table the line protocol created
     * @return its row count, once every write so far has been applied
     * @throws IOException when QuestDB refuses the query
     * @throws InterruptedException when interrupted while waiting for the answer
     */
    public long count(String table) throws IOException, InterruptedException {
        server.awaitTable(table);
        return exec("select count() from '" + table + "'").path("dataset").path(0).path(0).asLong(-1);
    }

    /**
     * @param sql a query
     * @return QuestDB's JSON answer
     * @throws IOException when QuestDB refuses the query
     * @throws InterruptedException when interrupted while waiting for the answer
     */
    public JsonNode exec(String sql) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(url() + "/exec?query=" + URLEncoder.encode(sql, StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(response.body());
        if (response.statusCode() != 200 || answer.has("error")) {
            throw new IOException("QuestDB refused '" + sql + "': " + response.body());
        }
        return answer;
    }

    /**
     * @return a port nothing listens on, on 127.0.0.1
     * @throws IOException when the kernel has none
     */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
