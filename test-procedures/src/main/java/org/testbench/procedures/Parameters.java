package org.testbench.procedures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.testbench.rigs.yaml.InputException;

/**
 * The parameter values of one run: each declared parameter's default, overridden by
 * {@code -p name=value}. Immutable once bound.
 */
public final class Parameters {

    private final Map<String, ParameterSpec> specs;
    private final Map<String, Object> values;

    private Parameters(Map<String, ParameterSpec> specs, Map<String, Object> values) {
        this.specs = specs;
        this.values = values;
    }

    /**
     * @param declared  the procedure's parameters
     * @param overrides values given as text, by name
     * @param origin    where overrides come from, for messages (e.g. "-p")
     * @return the bound values
     * @throws InputException naming an unknown parameter or a bad value
     */
    public static Parameters bind(List<ParameterSpec> declared, Map<String, String> overrides, String origin)
            throws InputException {
        Map<String, ParameterSpec> specs = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec s : declared) {
            specs.put(s.name(), s);
            values.put(s.name(), s.defaultValue());
        }
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            ParameterSpec spec = specs.get(e.getKey());
            if (spec == null) {
                throw new InputException(origin + " " + e.getKey(), null, "the procedure has no parameter '"
                        + e.getKey() + "' (its parameters: " + String.join(", ", specs.keySet()) + ")");
            }
            try {
                values.put(e.getKey(), spec.parse(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new InputException(origin + " " + e.getKey() + "=" + e.getValue(), null, ex.getMessage());
            }
        }
        return new Parameters(Collections.unmodifiableMap(specs), Collections.unmodifiableMap(values));
    }

    /**
     * @param name a declared parameter
     * @return its value in the type's Java form
     */
    public Object get(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("no parameter '" + name + "'");
        }
        return values.get(name);
    }

    /**
     * @param name a NUMBER or INTEGER parameter
     * @return its value
     */
    public double number(String name) {
        return ((Number) get(name)).doubleValue();
    }

    /**
     * @param name a VECTOR parameter
     * @return a copy of its three components
     */
    public double[] vector(String name) {
        return ((double[]) get(name)).clone();
    }

    /**
     * @param name a CHOICE parameter
     * @return its word
     */
    public String text(String name) {
        return (String) get(name);
    }

    /** @return every value as the text {@code -p} would take, in declaration order */
    public Map<String, String> asText() {
        Map<String, String> text = new LinkedHashMap<>();
        values.forEach((k, v) -> text.put(k, specs.get(k).format(v)));
        return text;
    }

    /**
     * @param name a parameter
     * @return its declaration
     */
    public ParameterSpec spec(String name) {
        return specs.get(name);
    }
}
