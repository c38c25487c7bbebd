package org.testbench.procedures.step;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.testbench.procedures.Parameters;
import org.testbench.rigs.Amount;

/**
 * The values references resolve to while a run executes: loop variables (innermost first), then
 * parameters; and the DUT's properties for {@code $dut.name}.
 */
final class RunScope {

    private final Parameters parameters;
    private final Map<String, Amount> dutProperties;
    private final Map<String, Object> variables = new LinkedHashMap<>();

    RunScope(Parameters parameters, Map<String, Amount> dutProperties) {
        this.parameters = parameters;
        this.dutProperties = Map.copyOf(dutProperties);
    }

    Parameters parameters() {
        return parameters;
    }

    Object lookup(String name) {
        return variables.containsKey(name) ? variables.get(name) : parameters.get(name);
    }

    Amount dutProperty(String name) {
        Amount a = dutProperties.get(name);
        if (a == null) {
            throw new IllegalArgumentException("the DUT has no property '" + name + "'");
        }
        return a;
    }

    <E extends Exception> void withVariable(String name, Object value, StepContext.Body<E> body)
            throws E, InterruptedException {
        variables.put(name, value);
        try {
            body.run();
        } finally {
            variables.remove(name);
        }
    }

    /** @return the loop variables as samples and steps are tagged with them, numbers without a trailing ".0" */
    Map<String, String> variableText() {
        Map<String, String> text = new TreeMap<>();
        variables.forEach((k, v) -> text.put(k, v instanceof Double d ? NumberArguments.plain(d) : String.valueOf(v)));
        return text;
    }
}
