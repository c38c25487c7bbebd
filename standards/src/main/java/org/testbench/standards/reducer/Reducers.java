package org.testbench.standards.reducer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names of the precision reducer standards, the test each characteristic comes from, and the
 * characteristics' symbols, so results, procedures, limit tables and reports cite them alike.
 *
 * <p>The published texts were not at hand: the clause labels name the test method, marked
 * "(check)", instead of a clause number the project could not confirm, and the symbols are the
 * project's own where the standards' letter symbols were not known. A lab sets the clause numbers
 * from its copy; the symbols are only keys.
 */
public final class Reducers {

    /** Harmonic gear reducers for robots (revised 2024: cite the edition the lab tests to). */
    public static final String GB_T_30819 = "GB/T 30819-2014";
    /** Precision gear transmissions for robots, test methods (harmonic, RV, cycloid-pin). */
    public static final String GB_T_35089 = "GB/T 35089-2018";
    /** RV reducers for robots. */
    public static final String GB_T_37718 = "GB/T 37718-2019";
    /** Backlash of precision reducers, static and dynamic test and evaluation. */
    public static final String GB_T_40731 = "GB/T 40731-2021";
    /** Noise measurement by sound pressure level, the method reducer noise is measured by. */
    public static final String GB_T_6404_1 = "GB/T 6404.1";

    /** Test method of hysteresis loss, lost motion and torsional stiffness (check: clause). */
    public static final String CLAUSE_HYSTERESIS = "hysteresis curve test (check)";
    /** Test method of transmission accuracy (check: clause). */
    public static final String CLAUSE_TRANSMISSION_ERROR = "transmission precision test (check)";
    /** Test method of starting torque (check: clause). */
    public static final String CLAUSE_STARTING_TORQUE = "starting torque test (check)";
    /** Test method of back-driving torque (check: clause). */
    public static final String CLAUSE_BACK_DRIVING_TORQUE = "back-driving torque test (check)";
    /** Test method of no-load running torque (check: clause). */
    public static final String CLAUSE_NO_LOAD_RUNNING_TORQUE = "no-load running torque test (check)";
    /** Test method of efficiency (check: clause). */
    public static final String CLAUSE_EFFICIENCY = "efficiency test (check)";
    /** Test method of temperature rise (check: clause). */
    public static final String CLAUSE_TEMPERATURE_RISE = "temperature rise test (check)";
    /** Life: the catalogue rating formulas, not a test clause. */
    public static final String CLAUSE_LIFE = "rated life (catalogue practice)";

    /** Hysteresis loss, arcmin. */
    public static final String HYSTERESIS_LOSS = "hysteresis-loss";
    /** Lost motion, arcmin. */
    public static final String LOST_MOTION = "lost-motion";
    /** Torsional stiffness of the first segment, Nm/arcmin. */
    public static final String K1 = "K1";
    /** Torsional stiffness of the second segment, Nm/arcmin. */
    public static final String K2 = "K2";
    /** Torsional stiffness of the third segment, Nm/arcmin. */
    public static final String K3 = "K3";
    /** RV-style torsional rigidity b/a, Nm/arcmin. */
    public static final String TORSIONAL_RIGIDITY = "torsional-rigidity";
    /** Transmission accuracy max e - min e, arcmin. */
    public static final String TRANSMISSION_ACCURACY = "transmission-accuracy";
    /** Starting torque, Nm. */
    public static final String STARTING_TORQUE = "starting-torque";
    /** Back-driving torque, Nm. */
    public static final String BACK_DRIVING_TORQUE = "back-driving-torque";
    /** No-load running torque, Nm. */
    public static final String NO_LOAD_RUNNING_TORQUE = "no-load-running-torque";
    /** Efficiency, %. */
    public static final String EFFICIENCY = "efficiency";
    /** Temperature rise of the housing over ambient at steady state, degC. */
    public static final String TEMPERATURE_RISE = "temperature-rise";
    /** Harmonic reducer life reached by half of a population, h. */
    public static final String L50 = "L50";
    /** Harmonic reducer life reached by 90 % of a population, h: L50 / 5 in catalogue practice. */
    public static final String L10 = "L10";
    /** RV reducer life L_h from the rated life K = 6000 h, h. */
    public static final String LH = "Lh";

    /** Every characteristic symbol, in report order. */
    public static final List<String> SYMBOLS = List.of(HYSTERESIS_LOSS, LOST_MOTION, K1, K2, K3, TORSIONAL_RIGIDITY,
            TRANSMISSION_ACCURACY, STARTING_TORQUE, BACK_DRIVING_TORQUE, NO_LOAD_RUNNING_TORQUE, EFFICIENCY,
            TEMPERATURE_RISE, L50, L10, LH);

    /** Lost motion torque t of RV practice, % of rated torque. */
    public static final double LOST_MOTION_PERCENT_RV = 3;
    /** Lost motion torque t of harmonic practice, % of rated torque. */
    public static final double LOST_MOTION_PERCENT_HARMONIC = 4;

    private Reducers() {
    }

    /** @return every characteristic symbol with its unit, in report order, for {@link org.testbench.standards.LimitTable} */
    public static Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        SYMBOLS.forEach(symbol -> units.put(symbol, unit(symbol)));
        return Collections.unmodifiableMap(units);
    }

    /**
     * @param symbol one of {@link #SYMBOLS}
     * @return the unit its values are given in, e.g. "arcmin"
     * @throws IllegalArgumentException naming the known symbols when {@code symbol} is none of them
     */
    public static String unit(String symbol) {
        switch (symbol) {
            case HYSTERESIS_LOSS: case LOST_MOTION: case TRANSMISSION_ACCURACY: return "arcmin";
            case K1: case K2: case K3: case TORSIONAL_RIGIDITY: return "Nm/arcmin";
            case STARTING_TORQUE: case BACK_DRIVING_TORQUE: case NO_LOAD_RUNNING_TORQUE: return "Nm";
            case EFFICIENCY: return "%";
            case TEMPERATURE_RISE: return "degC";
            case L50: case L10: case LH: return "h";
            default: throw new IllegalArgumentException("'" + symbol + "' is no reducer characteristic, expected one of "
                    + SYMBOLS);
        }
    }
}
