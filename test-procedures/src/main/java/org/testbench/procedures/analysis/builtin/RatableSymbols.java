package org.testbench.procedures.analysis.builtin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.testbench.rigs.Unit;

/** The characteristics an analysis can judge, each with the unit of its results, for {@code ratable()}. */
final class RatableSymbols {

    private RatableSymbols() {
    }

    /**
     * @param symbols the characteristics' symbols, in order
     * @param unitOf  the unit symbol of each, e.g. "mm"
     * @return each symbol with its unit, in the order given
     */
    static Map<String, Unit> of(List<String> symbols, UnaryOperator<String> unitOf) {
        Map<String, Unit> map = new LinkedHashMap<>();
        symbols.forEach(s -> map.put(s, Unit.of(unitOf.apply(s))));
        return map;
    }
}
