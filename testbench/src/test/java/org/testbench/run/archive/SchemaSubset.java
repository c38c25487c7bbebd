package org.testbench.run.archive;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks JSON against the part of JSON Schema (2020-12) that results.schema.json uses: type,
 * required, properties, additionalProperties false, items, enum, oneOf, minimum and local $ref. Any
 * other keyword in a schema is an error, so the schema cannot say more than this checks.
 */
final class SchemaSubset {

    private static final List<String> KNOWN = List.of("$schema", "$id", "title", "description", "type", "required",
            "additionalProperties", "properties", "items", "enum", "oneOf", "minimum", "$ref", "$defs");

    private final JsonNode root;

    SchemaSubset(JsonNode root) {
        this.root = root;
    }

    /**
     * @param value the JSON to check
     * @return one line per violation, with its JSON pointer; empty when it conforms
     */
    List<String> violations(JsonNode value) {
        List<String> found = new ArrayList<>();
        check(root, value, "", found);
        return found;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> found) {
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            String keyword = names.next();
            if (!KNOWN.contains(keyword)) {
                throw new IllegalArgumentException("schema keyword '" + keyword + "' at " + at + " is not checked");
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalArgumentException("only local $refs are checked: " + ref);
            }
            check(root.get("$defs").get(ref.substring("#/$defs/".length())), value, at, found);
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            for (JsonNode option : schema.get("oneOf")) {
                List<String> sub = new ArrayList<>();
                check(option, value, at, sub);
                matching += sub.isEmpty() ? 1 : 0;
            }
            if (matching != 1) {
                found.add(at + ": matches " + matching + " of the oneOf options, not exactly one");
            }
        }
        if (schema.has("type") && !hasType(value, schema.get("type").asText())) {
            found.add(at + ": expected " + schema.get("type").asText() + ", found " + value.getNodeType());
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.equals(value);
            }
            if (!listed) {
                found.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("minimum") && value.isNumber() && value.asDouble() < schema.get("minimum").asDouble()) {
            found.add(at + ": " + value + " is below the minimum " + schema.get("minimum"));
        }
        if (value.isObject()) {
            object(schema, value, at, found);
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "/" + i, found);
            }
        }
    }

    private void object(JsonNode schema, JsonNode value, String at, List<String> found) {
        if (schema.has("required")) {
            for (JsonNode name : schema.get("required")) {
                if (!value.has(name.asText())) {
                    found.add(at + ": lacks required '" + name.asText() + "'");
                }
            }
        }
        JsonNode properties = schema.get("properties");
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = properties == null ? null : properties.get(field.getKey());
            if (property != null) {
                check(property, field.getValue(), at + "/" + field.getKey(), found);
            } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean()) {
                found.add(at + ": '" + field.getKey() + "' is not a property the schema allows");
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("type '" + type + "' is not checked");
        };
    }
}
