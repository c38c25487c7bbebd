package org.testbench.rigs.yaml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One node of a YAML document that remembers where it stands (file, line, column) and the dotted
 * path of the field it is, so that every conversion error can name both.
 */
public final class YamlNode {

    private final Node node;
    private final String origin;
    private final String path;

    YamlNode(Node node, String origin, String path) {
        this.node = node;
        this.origin = origin;
        this.path = path;
    }

    /** @return {@code file:line:column} of this node, 1-based as editors count */
    public String location() {
        return origin + ":" + (node.getStartMark().getLine() + 1) + ":" + (node.getStartMark().getColumn() + 1);
    }

    /** @return the dotted field path, e.g. {@code devices.robot.signals.x} */
    public String path() {
        return path;
    }

    /** @return the file (or other origin) the document was read from */
    public String origin() {
        return origin;
    }

    /**
     * @param message what is wrong with this node
     * @return an exception that names this node's location and path
     */
    public InputException error(String message) {
        return new InputException(location(), path, message);
    }

    /** @return whether this node is an empty value ({@code key:} with nothing after it, or {@code {}}) */
    public boolean isEmpty() {
        if (node instanceof MappingNode m) {
            return m.getValue().isEmpty();
        }
        return node instanceof ScalarNode s && s.getValue().isBlank();
    }

    /** @return whether this node is a mapping */
    public boolean isMap() {
        return node instanceof MappingNode;
    }

    /** @return whether this node is a sequence */
    public boolean isList() {
        return node instanceof SequenceNode;
    }

    /**
     * @return this node as a mapping whose keys are checked as they are read
     * @throws InputException when it is not a mapping, or a key repeats
     */
    public YamlMap asMap() throws InputException {
        if (!(node instanceof MappingNode m)) {
            throw error("expected a mapping (key: value lines), found " + kind());
        }
        return new YamlMap(m, origin, path);
    }

    /**
     * @return this node as a mapping, or an empty mapping at this node when it holds nothing or is
     *     a bare word (a step written {@code - stop-robot} has no arguments)
     * @throws InputException when it is a list, or a mapping with a repeated key
     */
    public YamlMap asMapOrEmpty() throws InputException {
        if (node instanceof ScalarNode) {
            MappingNode empty = new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP, true, new ArrayList<>(),
                    node.getStartMark(), node.getEndMark(), org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW);
            return new YamlMap(empty, origin, path);
        }
        return asMap();
    }

    /**
     * @return the items of this sequence
     * @throws InputException when it is not a sequence
     */
    public List<YamlNode> asList() throws InputException {
        if (!(node instanceof SequenceNode s)) {
            throw error("expected a list, found " + kind());
        }
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < s.getValue().size(); i++) {
            items.add(new YamlNode(s.getValue().get(i), origin, path + "[" + i + "]"));
        }
        return items;
    }

    /**
     * @return the scalar text, never empty
     * @throws InputException when it is not a scalar or is empty
     */
    public String asText() throws InputException {
        if (!(node instanceof ScalarNode s)) {
            throw error("expected a single value, found " + kind());
        }
        if (s.getValue().isBlank()) {
            throw error("must not be empty");
        }
        return s.getValue();
    }

    /**
     * @return the value as a finite number
     * @throws InputException when it is not a number
     */
    public double asDouble() throws InputException {
        String text = asText();
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the location
        }
        throw error("expected a number, found '" + text + "'");
    }

    /**
     * @return the value as a whole number
     * @throws InputException when it is not a whole number
     */
    public long asLong() throws InputException {
        String text = asText();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw error("expected a whole number, found '" + text + "'");
        }
    }

    /**
     * @return the value as an ISO-8601 date (yyyy-mm-dd)
     * @throws InputException when it is not such a date
     */
    public LocalDate asDate() throws InputException {
        String text = asText();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error("expected a date as yyyy-mm-dd, found '" + text + "'");
        }
    }

    /**
     * @param count how many numbers are expected
     * @return a list of exactly {@code count} numbers, e.g. {@code [1000, 0, 800]}
     * @throws InputException when it is not such a list
     */
    public double[] asNumbers(int count) throws InputException {
        List<YamlNode> items = asList();
        if (items.size() != count) {
            throw error("expected " + count + " numbers, found " + items.size());
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = items.get(i).asDouble();
        }
        return values;
    }

    private String kind() {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }
}
