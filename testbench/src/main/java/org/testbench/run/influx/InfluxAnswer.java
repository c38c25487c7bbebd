package org.testbench.run.influx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what InfluxDB's 1.x HTTP API answered: the {@code {"error": ...}} of a refusal, and the
 * {@code results[].series[]} of a /query, which may report an error per statement even when
 * the HTTP status is 200.
 */
final class InfluxAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ERROR_TEXT = 500;

    private InfluxAnswer() {
    }

    /**
     * @param request  the request as it should appear in the message
     * @param response InfluxDB's answer to /query
     * @return every row of every series of every statement, GROUP BY tags added to each row
     * @throws InfluxException for a non-2xx status, an answer that is not JSON, or a statement error
     */
    static List<Map<String, Object>> rows(String request, HttpResponse<String> response) throws InfluxException {
        JsonNode root;
        try {
            root = JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw rejected(request, response, "the answer is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw rejected(request, response, "the answer is not a JSON object");
        }
        if (response.statusCode() / 100 != 2 || root.hasNonNull("error")) {
            throw rejected(request, response, null);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode result : root.path("results")) {
            if (result.hasNonNull("error")) {
                throw new InfluxException(request + " answered HTTP " + response.statusCode()
                        + " with an error in statement " + result.path("statement_id").asInt() + ": "
                        + result.get("error").asText(), response.statusCode());
            }
            for (JsonNode series : result.path("series")) {
                addRows(series, rows);
            }
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * @param request     the request as it should appear in the message
     * @param response    the unwanted answer
     * @param expectation what was expected instead, or null when the status says it all
     * @return an exception naming the request, the status and InfluxDB's error text
     */
    static InfluxException rejected(String request, HttpResponse<String> response, String expectation) {
        String body = response.body() == null ? "" : response.body().strip();
        String error = body;
        try {
            JsonNode root = JSON.readTree(body);
            if (root != null && root.hasNonNull("error")) {
                error = root.get("error").asText();
            }
        } catch (JsonProcessingException e) {
            // Not JSON (a proxy's HTML page, say): the raw text is then the best description.
            error = body;
        }
        if (error.length() > MAX_ERROR_TEXT) {
            error = error.substring(0, MAX_ERROR_TEXT) + "...";
        }
        return new InfluxException(request + " answered HTTP " + response.statusCode()
                + (expectation == null ? "" : " (" + expectation + ")")
                + (error.isEmpty() ? "" : ": " + error), response.statusCode());
    }

    private static void addRows(JsonNode series, List<Map<String, Object>> rows) {
        List<String> columns = new ArrayList<>();
        series.path("columns").forEach(column -> columns.add(column.asText()));
        for (JsonNode values : series.path("values")) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), value(values.path(i)));
            }
            for (Map.Entry<String, JsonNode> tag : series.path("tags").properties()) {
                row.putIfAbsent(tag.getKey(), value(tag.getValue()));
            }
            rows.add(Collections.unmodifiableMap(row));
        }
    }

    private static Object value(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isTextual() ? node.textValue() : node.toString();
    }
}
