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
     * @return every characteristic the registered analyses can rate, with the unit its results are
     *     in, in the order of the types' names and then of each type's symbols
     * @throws IllegalStateException when two types report one symbol in different units
     */
    public Map<String, Unit> ratable() {
        Map<String, Unit> symbols = new LinkedHashMap<>();
        for (AnalysisType t : types.values()) {
            t.ratable().forEach((symbol, unit) -> {
                Unit other = symbols.putIfAbsent(symbol, unit);
                if (other != null && other != unit) {
                    throw new IllegalStateException("characteristic '" + symbol + "' is reported in " + other.symbol()
                            + " by one analysis type and in " + unit.symbol() + " by " + t.name());
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
