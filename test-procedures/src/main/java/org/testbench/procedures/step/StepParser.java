package org.testbench.procedures.step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * Parses lists of steps and knows what their arguments may refer to: the procedure's parameters,
 * its named poses, and the loop variables of the steps that enclose the one being parsed.
 */
public final class StepParser {

    /** Names every sample's context or every InfluxDB point already carries. */
    private static final Set<String> RESERVED = Set.of("pose", "run", "rig", "dut", "signal", "unit", "time");

    private final Map<String, StepType> types;
    private final Map<String, Argument.Kind> parameters;
    private final Map<String, double[]> ranges;
    private final Set<String> poseNames;
    private final Map<String, Argument.Kind> loopVariables = new LinkedHashMap<>();

    /**
     * @param parameters the kind of each declared parameter
     * @param ranges     the declared [min, max] of each numeric parameter (infinite where not declared)
     * @param poseNames  the procedure's pose names, in order
     */
    public StepParser(Map<String, Argument.Kind> parameters, Map<String, double[]> ranges,
                      java.util.List<String> poseNames) {
        this.types = new TreeMap<>();
        for (StepType t : ServiceLoader.load(StepType.class, StepParser.class.getClassLoader())) {
            types.put(t.name(), t);
        }
        this.parameters = Map.copyOf(parameters);
        this.ranges = Map.copyOf(ranges);
        this.poseNames = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(poseNames));
    }

    /**
     * @param list a YAML list of steps, each {@code - type: {arguments}} or a bare {@code - type}
     * @return the parsed steps
     * @throws InputException naming the first unknown step type or bad argument
     */
    public List<Step> steps(YamlNode list) throws InputException {
        List<Step> steps = new ArrayList<>();
        for (YamlNode item : list.asList()) {
            steps.add(step(item));
        }
        return steps;
    }

    private Step step(YamlNode item) throws InputException {
        String name;
        YamlMap arguments;
        if (item.isMap()) {
            YamlMap map = item.asMap();
            if (map.keys().size() != 1) {
                throw item.error("a step is one 'type: arguments' entry, found keys " + map.keys());
            }
            name = map.keys().iterator().next();
            YamlNode value = map.required(name);
            arguments = value.isEmpty() ? value.asMapOrEmpty() : value.asMap();
        } else {
            name = item.asText();
            arguments = item.asMapOrEmpty();
        }
        StepType type = types.get(name);
        if (type == null) {
            throw item.error("unknown step type '" + name + "' (known: " + String.join(", ", types.keySet()) + ")");
        }
        Step step = type.parse(item, arguments, this);
        arguments.rejectUnknown();
        return step;
    }

    /**
     * Parses nested steps with one more loop variable in scope.
     *
     * @param nameNode where the variable is named, for errors
     * @param variable the loop variable's name
     * @param kind     what it holds
     * @param list     the nested steps
     * @return the parsed steps
     * @throws InputException when a nested step is bad, or the variable shadows another name
     */
    public List<Step> stepsWithVariable(YamlNode nameNode, String variable, Argument.Kind kind, YamlNode list)
            throws InputException {
        if (!variable.matches("[a-z][a-z0-9-]*")) {
            throw nameNode.error("a loop variable's name is lower-case letters, digits and '-', found '" + variable + "'");
        }
        if (RESERVED.contains(variable)) {
            throw nameNode.error("'" + variable + "' is reserved: samples are already tagged with it");
        }
        if (parameters.containsKey(variable) || loopVariables.containsKey(variable)) {
            throw nameNode.error("'" + variable + "' is already a parameter or loop variable");
        }
        loopVariables.put(variable, kind);
        try {
            return steps(list);
        } finally {
            loopVariables.remove(variable);
        }
    }

    /**
     * @param name a reference without its $
     * @return the declared [min, max] of a numeric parameter, or null when {@code name} is no parameter
     */
    double[] parameterRange(String name) {
        return parameters.containsKey(name) ? ranges.getOrDefault(name,
                new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}) : null;
    }

    /**
     * @param name a reference without its $
     * @return what it holds, or null when unknown
     */
    public Argument.Kind kindOf(String name) {
        Argument.Kind k = loopVariables.get(name);
        return k != null ? k : parameters.get(name);
    }

    /** @return the names a reference may use here, for error messages */
    public String knownNames() {
        List<String> names = new ArrayList<>(parameters.keySet());
        names.addAll(loopVariables.keySet());
        return names.stream().map(n -> "$" + n).sorted().reduce((a, b) -> a + ", " + b).orElse("none");
    }

    /** @return the procedure's pose names */
    public Set<String> poseNames() {
        return poseNames;
    }
}
