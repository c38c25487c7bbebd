package org.testbench.procedures.step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.testbench.procedures.ParameterSpec;
import org.testbench.procedures.ParameterType;
import org.testbench.procedures.binding.Requirement;
import org.testbench.procedures.expression.ExpressionScope;
import org.testbench.procedures.expression.NamedNumber;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * Parses lists of steps and knows what their arguments may refer to: the procedure's parameters,
 * its named poses, and the loop variables of the steps that enclose the one being parsed. It also
 * collects the {@link Requirement}s steps and analyses register, which only the rig, the DUT and
 * the parameter values of a run can settle.
 */
public final class StepParser implements ExpressionScope {

    /** Names every sample's context or every InfluxDB point already carries. */
    private static final Set<String> RESERVED = Set.of("pose", "run", "rig", "dut", "signal", "unit", "time",
            "series", "reading");

    private final Map<String, StepType> types;
    private final Map<String, ParameterSpec> parameters = new LinkedHashMap<>();
    private final Set<String> poseNames;
    private final Map<String, Argument.Kind> loopVariables = new LinkedHashMap<>();
    private final Map<String, NamedNumber.QuantityOf> loopQuantities = new LinkedHashMap<>();
    private final List<Requirement> requirements = new ArrayList<>();
    private final Map<String, YamlNode> checkpoints = new LinkedHashMap<>();

    /**
     * @param parameters the procedure's parameters
     * @param poseNames  the procedure's pose names, in order
     */
    public StepParser(List<ParameterSpec> parameters, List<String> poseNames) {
        this.types = new TreeMap<>();
        for (StepType t : ServiceLoader.load(StepType.class, StepParser.class.getClassLoader())) {
            types.put(t.name(), t);
        }
        parameters.forEach(p -> this.parameters.put(p.name(), p));
        this.poseNames = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(poseNames));
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
        Entry entry = entry(item, "step");
        StepType type = types.get(entry.name());
        if (type == null) {
            throw item.error("unknown step type '" + entry.name() + "' (known: " + String.join(", ", types.keySet()) + ")");
        }
        Step step = type.parse(item, entry.arguments(), this);
        entry.arguments().rejectUnknown();
        return step;
    }

    /**
     * A list item naming something with arguments: {@code - name: {arguments}} or a bare {@code - name}.
     *
     * @param name      what the item names (a step type, an analysis)
     * @param arguments its arguments, empty when none were written
     */
    public record Entry(String name, YamlMap arguments) {
    }

    /**
     * @param item a list item
     * @param what what it names, for errors ("step", "analysis")
     * @return its name and arguments
     * @throws InputException when it is a mapping with more than one key, or its arguments are no mapping
     */
    public static Entry entry(YamlNode item, String what) throws InputException {
        if (item.isMap()) {
            YamlMap map = item.asMap();
            if (map.keys().size() != 1) {
                throw item.error("a " + what + " is one 'type: arguments' entry, found keys " + map.keys());
            }
            String name = map.keys().iterator().next();
            YamlNode value = map.required(name);
            return new Entry(name, value.isEmpty() ? value.asMapOrEmpty() : value.asMap());
        }
        return new Entry(item.asText(), item.asMapOrEmpty());
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
        return stepsWithVariable(nameNode, variable, kind, dut -> Unit.Quantity.COUNT, list);
    }

    /**
     * Parses nested steps with one more numeric loop variable in scope, whose values are in base
     * units of {@code quantity}.
     *
     * @param nameNode where the variable is named, for errors
     * @param variable the loop variable's name
     * @param quantity what it measures (may depend on the DUT)
     * @param list     the nested steps
     * @return the parsed steps
     * @throws InputException when a nested step is bad, or the variable shadows another name
     */
    public List<Step> stepsWithVariable(YamlNode nameNode, String variable, NamedNumber.QuantityOf quantity,
                                        YamlNode list) throws InputException {
        return stepsWithVariable(nameNode, variable, Argument.Kind.NUMBER, quantity, list);
    }

    private List<Step> stepsWithVariable(YamlNode nameNode, String variable, Argument.Kind kind,
                                         NamedNumber.QuantityOf quantity, YamlNode list) throws InputException {
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
        loopQuantities.put(variable, quantity);
        try {
            return steps(list);
        } finally {
            loopVariables.remove(variable);
            loopQuantities.remove(variable);
        }
    }

    @Override
    public NamedNumber number(String name, YamlNode at) throws InputException {
        Argument.Kind kind = kindOf(name);
        if (kind == null) {
            throw at.error("unknown reference '$" + name + "' (known: " + knownNames() + ", and $dut.<property>)");
        }
        if (kind != Argument.Kind.NUMBER && kind != Argument.Kind.INTEGER) {
            throw at.error("'$" + name + "' is a " + kind.name().toLowerCase() + ", but a number is needed here");
        }
        if (loopVariables.containsKey(name)) {
            return new NamedNumber(Unit.ONE, loopQuantities.get(name), true);
        }
        String symbol = parameters.get(name).unit();
        Unit unit;
        try {
            unit = symbol.isEmpty() ? Unit.ONE : Unit.of(symbol);
        } catch (IllegalArgumentException e) {
            throw at.error("parameter '" + name + "' is declared in '" + symbol + "', which testbench cannot compute"
                    + " with: " + e.getMessage());
        }
        return new NamedNumber(unit, dut -> unit.quantity(), false);
    }

    /**
     * @param requirement what the step or analysis being parsed needs from the run's rig, DUT or values
     */
    public void require(Requirement requirement) {
        requirements.add(requirement);
    }

    /** @return every requirement registered so far, in file order */
    public List<Requirement> requirements() {
        return List.copyOf(requirements);
    }

    /**
     * Claims a checkpoint's name, which must be unique in the procedure: a run resumes from one by name.
     *
     * @param at   where it is named
     * @param name the name
     * @throws InputException when another checkpoint already has it
     */
    public void claimCheckpoint(YamlNode at, String name) throws InputException {
        YamlNode first = checkpoints.putIfAbsent(name, at);
        if (first != null) {
            throw at.error("checkpoint '" + name + "' is already named at " + first.location());
        }
    }

    /**
     * @param name a reference without its $
     * @return the declared [min, max] of a numeric parameter, or null when {@code name} is no parameter
     */
    double[] parameterRange(String name) {
        ParameterSpec p = parameters.get(name);
        return p == null ? null : new double[] {p.min() == null ? Double.NEGATIVE_INFINITY : p.min(),
            p.max() == null ? Double.POSITIVE_INFINITY : p.max()};
    }

    /**
     * @param name a reference without its $
     * @return what it holds, or null when unknown
     */
    public Argument.Kind kindOf(String name) {
        Argument.Kind k = loopVariables.get(name);
        if (k != null) {
            return k;
        }
        ParameterSpec p = parameters.get(name);
        return p == null ? null : kind(p.type());
    }

    private static Argument.Kind kind(ParameterType type) {
        return Argument.Kind.valueOf(type.name());
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
