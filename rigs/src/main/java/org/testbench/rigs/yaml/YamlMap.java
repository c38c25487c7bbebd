package org.testbench.rigs.yaml;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML mapping read key by key. Every key read is remembered, so that {@link #rejectUnknown}
 * can report a misspelt or unsupported key instead of silently ignoring it.
 */
public final class YamlMap {

    private final YamlNode self;
    private final Map<String, YamlNode> keys = new LinkedHashMap<>();
    private final Map<String, YamlNode> values = new LinkedHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();

    YamlMap(MappingNode node, String origin, String path) throws InputException {
        this.self = new YamlNode(node, origin, path);
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw new YamlNode(tuple.getKeyNode(), origin, path).error("keys must be plain names");
            }
            String key = keyNode.getValue();
            String childPath = path.isEmpty() ? key : path + "." + key;
            YamlNode keyAt = new YamlNode(keyNode, origin, childPath);
            if (keys.containsKey(key)) {
                throw keyAt.error("duplicate key (first at " + keys.get(key).location() + ")");
            }
            keys.put(key, keyAt);
            values.put(key, new YamlNode(tuple.getValueNode(), origin, childPath));
        }
    }

    /** @return this mapping as a node, for its location */
    public YamlNode node() {
        return self;
    }

    /** @return the keys in file order; reading them this way marks none as read */
    public Set<String> keys() {
        return keys.keySet();
    }

    /**
     * @param key the key
     * @return its value
     * @throws InputException naming this mapping when the key is missing
     */
    public YamlNode required(String key) throws InputException {
        read.add(key);
        YamlNode value = values.get(key);
        if (value == null) {
            throw self.error("missing required key '" + key + "'");
        }
        return value;
    }

    /**
     * @param key the key
     * @return its value, if present
     */
    public Optional<YamlNode> optional(String key) {
        read.add(key);
        return Optional.ofNullable(values.get(key));
    }

    /**
     * @param key the key
     * @return the key itself as a node, for errors about it; null when absent
     */
    public YamlNode keyNode(String key) {
        return keys.get(key);
    }

    /**
     * Fails on the first key that was never read.
     *
     * @throws InputException naming the unknown key and the keys that are allowed
     */
    public void rejectUnknown() throws InputException {
        for (Map.Entry<String, YamlNode> e : keys.entrySet()) {
            if (!read.contains(e.getKey())) {
                throw e.getValue().error("unknown key '" + e.getKey() + "' (expected one of: "
                        + String.join(", ", read) + ")");
            }
        }
    }
}
