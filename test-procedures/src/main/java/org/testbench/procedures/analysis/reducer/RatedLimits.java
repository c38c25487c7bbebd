package org.testbench.procedures.analysis.reducer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.testbench.procedures.analysis.AnalysisInput;
import org.testbench.rigs.Unit;
import org.testbench.standards.Result;
import org.testbench.standards.reducer.Reducers;

/**
 * The DUT's rated values as limits on reducer results. A DUT file rates lost motion in any angle
 * unit ({@code 0.02 deg}); because {@link #ratable} names each characteristic's catalogue unit
 * (arcmin, Nm/arcmin, Nm, %, degC), the DUT file converts the rated value to it, and a limit and its
 * result are always compared in one unit.
 */
final class RatedLimits {

    private RatedLimits() {
    }

    /**
     * @param symbols reducer characteristics of {@link Reducers#SYMBOLS}
     * @return each with the unit its results are stated in
     */
    static Map<String, Unit> ratable(String... symbols) {
        Map<String, Unit> map = new LinkedHashMap<>();
        for (String s : symbols) {
            map.put(s, Unit.of(Reducers.unit(s)));
        }
        return map;
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
                input.rated().get(symbol));
    }
}
