package org.testbench.standards.iso9283;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.testbench.standards.Limit;
import org.testbench.standards.Result;

/**
 * Turns the pose accuracy and repeatability of one pose into judged {@link Result}s, one per
 * characteristic, in the order of {@link Iso9283#POSE_ACCURACY_SYMBOLS} then
 * {@link Iso9283#POSE_REPEATABILITY_SYMBOLS}.
 */
public final class PoseCharacteristics {

    private static final Set<String> POSITION_SYMBOLS =
            Set.of(Iso9283.AP_P, Iso9283.AP_X, Iso9283.AP_Y, Iso9283.AP_Z, Iso9283.RP_L);
    private static final Set<String> ORIENTATION_SYMBOLS =
            Set.of(Iso9283.AP_A, Iso9283.AP_B, Iso9283.AP_C, Iso9283.RP_A, Iso9283.RP_B, Iso9283.RP_C);

    private PoseCharacteristics() {
    }

    /**
     * Makes the results of one pose. A characteristic without a limit is reported NOT_EVALUATED.
     *
     * @param pose           the pose the results are for, e.g. "P1"
     * @param accuracy       its pose accuracy
     * @param repeatability  its pose repeatability
     * @param limitsBySymbol limits keyed by characteristic symbol ("APp", "RPl", "APa", ...);
     *                       position limits in "mm", orientation limits in "deg"
     * @return the results, APp..APc then RPl..RPc
     * @throws IllegalArgumentException when a limit names an unknown symbol or the wrong unit
     */
    public static List<Result> results(String pose, PoseAccuracy accuracy, PoseRepeatability repeatability,
                                       Map<String, Limit> limitsBySymbol) {
        Objects.requireNonNull(accuracy, "accuracy");
        Objects.requireNonNull(repeatability, "repeatability");
        List<Result> results = new ArrayList<>(results(pose, Iso9283.POSE_ACCURACY_SYMBOLS, accuracy::value,
                limitsBySymbol));
        results.addAll(results(pose, Iso9283.POSE_REPEATABILITY_SYMBOLS, repeatability::value, limitsBySymbol));
        return List.copyOf(results);
    }

    /**
     * Makes the results of some pose characteristics of one pose, for when not all can be computed
     * (no commanded pose, so no AP; no measured orientation, so no APa..RPc).
     *
     * @param pose           the pose the results are for
     * @param symbols        the characteristics wanted, AP and RP symbols in any mix
     * @param values         the value of each symbol, e.g. {@code accuracy::value}
     * @param limitsBySymbol limits keyed by characteristic symbol
     * @return the results in the order of {@code symbols}
     * @throws IllegalArgumentException when a symbol or limit is unknown or a limit has the wrong unit
     */
    public static List<Result> results(String pose, List<String> symbols, java.util.function.ToDoubleFunction<String> values,
                                       Map<String, Limit> limitsBySymbol) {
        Objects.requireNonNull(pose, "pose");
        Objects.requireNonNull(limitsBySymbol, "limitsBySymbol");
        for (String symbol : limitsBySymbol.keySet()) {
            if (!POSITION_SYMBOLS.contains(symbol) && !ORIENTATION_SYMBOLS.contains(symbol)) {
                throw new IllegalArgumentException("limit for unknown characteristic '" + symbol + "' at pose " + pose
                        + ", expected one of " + Iso9283.POSE_ACCURACY_SYMBOLS + " " + Iso9283.POSE_REPEATABILITY_SYMBOLS);
            }
        }
        List<Result> results = new ArrayList<>();
        for (String symbol : symbols) {
            String clause = Iso9283.POSE_ACCURACY_SYMBOLS.contains(symbol) ? Iso9283.CLAUSE_POSE_ACCURACY
                    : Iso9283.CLAUSE_POSE_REPEATABILITY;
            results.add(result(pose, clause, symbol, values.applyAsDouble(symbol), limitsBySymbol));
        }
        return List.copyOf(results);
    }

    /**
     * @param symbol a pose characteristic symbol
     * @return "mm" for position characteristics (APp, APx, APy, APz, RPl), "deg" for orientation ones
     * @throws IllegalArgumentException when {@code symbol} is no pose characteristic
     */
    public static String unit(String symbol) {
        if (POSITION_SYMBOLS.contains(symbol)) {
            return "mm";
        }
        if (ORIENTATION_SYMBOLS.contains(symbol)) {
            return "deg";
        }
        throw new IllegalArgumentException("'" + symbol + "' is no pose characteristic, expected one of "
                + Iso9283.POSE_ACCURACY_SYMBOLS + " " + Iso9283.POSE_REPEATABILITY_SYMBOLS);
    }

    private static Result result(String pose, String clause, String symbol, double value, Map<String, Limit> limits) {
        String unit = unit(symbol);
        Limit limit = limits.get(symbol);
        if (limit != null && !limit.unit().equals(unit)) {
            throw new IllegalArgumentException("limit for " + symbol + " at pose " + pose + " is in '" + limit.unit()
                    + "' but " + symbol + " is in '" + unit + "' (limit from " + limit.source() + ")");
        }
        return Result.judged(Iso9283.STANDARD, clause, symbol, pose, value, unit, limit);
    }
}
