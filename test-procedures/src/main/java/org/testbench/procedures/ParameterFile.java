package org.testbench.procedures;

import java.util.ArrayList;
import java.util.List;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/** Reads one parameter declaration of a procedure file: {@code name: {type, unit, default, min, max, choices, description}}. */
final class ParameterFile {

    private ParameterFile() {
    }

    static ParameterSpec parse(String name, YamlNode node) throws InputException {
        YamlMap map = node.asMap();
        YamlNode typeNode = map.required("type");
        ParameterType type;
        try {
            type = ParameterType.of(typeNode.asText());
        } catch (IllegalArgumentException e) {
            throw typeNode.error(e.getMessage());
        }
        String unit = map.optional("unit").isPresent() ? map.required("unit").asText() : "";
        Double min = map.optional("min").isPresent() ? map.required("min").asDouble() : null;
        Double max = map.optional("max").isPresent() ? map.required("max").asDouble() : null;
        List<String> choices = new ArrayList<>();
        if (type == ParameterType.CHOICE) {
            for (YamlNode c : map.required("choices").asList()) {
                choices.add(c.asText());
            }
        }
        String description = map.optional("description").isPresent() ? map.required("description").asText() : "";
        ParameterSpec draft = new ParameterSpec(name, type, unit, null, min, max, choices, description, null);
        YamlNode defaultNode = map.required("default");
        Object value;
        try {
            value = draft.parse(defaultNode.isList() ? joined(defaultNode) : defaultNode.asText());
        } catch (IllegalArgumentException e) {
            throw defaultNode.error(e.getMessage());
        }
        Object standard = null;
        if (map.optional("standard").isPresent()) {
            YamlNode standardNode = map.required("standard");
            try {
                standard = draft.parse(standardNode.isList() ? joined(standardNode) : standardNode.asText());
            } catch (IllegalArgumentException e) {
                throw standardNode.error(e.getMessage());
            }
        }
        map.rejectUnknown();
        return new ParameterSpec(name, type, unit, value, min, max, choices, description, standard);
    }

    private static String joined(YamlNode list) throws InputException {
        List<String> parts = new ArrayList<>();
        for (YamlNode item : list.asList()) {
            parts.add(item.asText());
        }
        return String.join(",", parts);
    }
}
