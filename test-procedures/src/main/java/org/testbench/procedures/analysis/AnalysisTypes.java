package org.testbench.procedures.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.testbench.procedures.step.StepParser;
import org.testbench.rigs.Unit;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;

/** The analysis types on the class path, found through {@link ServiceLoader}, by name. */
public final class AnalysisTypes {

    private final Map<String, AnalysisType> types;

    private AnalysisTypes(Map<String, AnalysisType> types) {
        this.types = Collections.unmodifiableMap(types);
    }

    /** @return the types registered on testbench's class path */
    public static AnalysisTypes installed() {
        Map<String, AnalysisType> types = new TreeMap<>();
        for (AnalysisType t : ServiceLoader.load(AnalysisType.class, AnalysisTypes.class.getClassLoader())) {
            AnalysisType other = types.put(t.name(), t);
            if (other != null) {
                throw new IllegalStateException("two analysis types are named '" + t.name() + "': "
                        + other.getClass().getName() + " and " + t.getClass().getName());
            }
        }
        return new AnalysisTypes(types);
    }

    /** @return the names of the registered types, sorted */
    public List<String> names() {
        return List.copyOf(types.keySet());
    }

    /**
     * @return every characteristic the registered analyses can rate, with its quantity, in the order
     *     of the types' names and then of each type's symbols
     * @throws IllegalStateException when two types rate one symbol as different quantities
     */
    public Map<String, Unit.Quantity> ratable() {
        Map<String, Unit.Quantity> symbols = new LinkedHashMap<>();
        for (AnalysisType t : types.values()) {
            t.ratable().forEach((symbol, quantity) -> {
                Unit.Quantity other = symbols.putIfAbsent(symbol, quantity);
                if (other != null && other != quantity) {
                    throw new IllegalStateException("characteristic '" + symbol + "' is rated as " + other
                            + " by one analysis type and as " + quantity + " by " + t.name());
                }
            });
        }
        return symbols;
    }

    /**
     * @param list   the procedure's {@code analysis:} list
     * @param parser the procedure's parameters and signal requirements
     * @return the configured analyses, in file order
     * @throws InputException naming an unknown analysis or a bad argument, with file:line:column
     */
    public List<Analysis> parse(YamlNode list, StepParser parser) throws InputException {
        List<Analysis> analyses = new ArrayList<>();
        for (YamlNode item : list.asList()) {
            StepParser.Entry entry = StepParser.entry(item, "analysis");
            AnalysisType type = types.get(entry.name());
            if (type == null) {
                throw item.error("unknown analysis '" + entry.name() + "' (known: " + String.join(", ", types.keySet())
                        + ")");
            }
            analyses.add(type.parse(item, entry.arguments(), parser));
            entry.arguments().rejectUnknown();
        }
        return analyses;
    }
}
