package org.testbench.procedures.analysis.reducer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.testbench.procedures.analysis.AnalysisInput;
import org.testbench.rigs.Unit;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;
import org.testbench.standards.reducer.Reducers;

/**
 * The DUT's rated values as limits on reducer results: a DUT file rates lost motion in any angle
 * unit ({@code 1 arcmin}) and it arrives in the bench's base unit (deg), while results are stated
 * in the catalogue unit (arcmin), so each limit is converted to its result's unit before judging.
 */
final class RatedLimits {

    private RatedLimits() {
    }

    /**
     * @param symbols reducer characteristics of {@link Reducers#SYMBOLS}
     * @return each with the quantity a DUT file must rate it in
     */
    static Map<String, Unit.Quantity> ratable(String... symbols) {
        Map<String, Unit.Quantity> map = new LinkedHashMap<>();
        for (String s : symbols) {
            map.put(s, Unit.of(Reducers.unit(s)).quantity());
        }
        return map;
    }

    /**
     * @param input  the analysis input, with the DUT's rated values in base units
     * @param symbol a reducer characteristic
     * @return its rated limit in the characteristic's unit, or null when the DUT rates none
     */
    static Limit of(AnalysisInput input, String symbol) {
        Limit rated = input.rated().get(symbol);
        if (rated == null) {
            return null;
        }
        Unit base = Unit.of(rated.unit());
        Unit target = Unit.of(Reducers.unit(symbol));
        Double minimum = rated.minimum() == null ? null : target.fromBase(base.toBase(rated.minimum()));
        Double maximum = rated.maximum() == null ? null : target.fromBase(base.toBase(rated.maximum()));
        return new Limit(minimum, maximum, target.symbol(), rated.source(), rated.example());
    }

    /**
     * @param input   the analysis input
     * @param clause  the test method, one of the {@code Reducers.CLAUSE_*} labels
     * @param symbol  the characteristic
     * @param subject what was measured, e.g. "loop ±50 Nm"
     * @param value   the value in the characteristic's unit
     * @return the result, judged against the DUT's rated value when it has one
     */
    static Result result(AnalysisInput input, String clause, String symbol, String subject, double value) {
        return Result.judged(Reducers.GB_T_35089, clause, symbol, subject, value, Reducers.unit(symbol),
                of(input, symbol));
    }
}
