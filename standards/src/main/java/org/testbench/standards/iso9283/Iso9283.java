package org.testbench.standards.iso9283;

import java.util.List;

/**
 * Names, clause numbers, symbols and test conditions of ISO 9283:1998 (adopted identically as
 * GB/T 12642-2013), so results, procedures and reports cite the standard the same way.
 *
 * <p>Clause numbers marked "(check)" are the project's best reading of the clause structure
 * (7 pose, 8 path, 9 minimum positioning time, 10 static compliance); the sub-clause they name was
 * not confirmed against the published text. Symbols marked "(check)" likewise: where the standard
 * gives no letter symbol, the project's symbol is used so a result can still be keyed.
 */
public final class Iso9283 {

    /** The standard, as results and reports cite it. */
    public static final String STANDARD = "ISO 9283:1998 / GB/T 12642-2013";

    /** Clause of pose accuracy (AP). */
    public static final String CLAUSE_POSE_ACCURACY = "7.2.1";
    /** Clause of pose repeatability (RP). */
    public static final String CLAUSE_POSE_REPEATABILITY = "7.2.2";
    /** Clause of multi-directional pose accuracy variation (vAP). */
    public static final String CLAUSE_MULTI_DIRECTIONAL_POSE_ACCURACY = "7.3";
    /** Clause of distance accuracy (AD), within 7.4 "distance accuracy and repeatability" (check: 7.4.1). */
    public static final String CLAUSE_DISTANCE_ACCURACY = "7.4.1";
    /** Clause of distance repeatability (RD), within 7.4 (check: 7.4.2). */
    public static final String CLAUSE_DISTANCE_REPEATABILITY = "7.4.2";
    /** Clause of pose stabilization time. */
    public static final String CLAUSE_STABILIZATION_TIME = "7.5";
    /** Clause of pose overshoot. */
    public static final String CLAUSE_OVERSHOOT = "7.6";
    /** Clause of drift of pose characteristics (dAP, dRP). */
    public static final String CLAUSE_DRIFT = "7.7";
    /** Clause of exchangeability (check: 7.8). */
    public static final String CLAUSE_EXCHANGEABILITY = "7.8";
    /** Clause of path accuracy (AT) (check: 8.2). */
    public static final String CLAUSE_PATH_ACCURACY = "8.2";
    /** Clause of path repeatability (RT) (check: 8.3). */
    public static final String CLAUSE_PATH_REPEATABILITY = "8.3";
    /** Clause of cornering deviations, CR and CO (check: 8.5; the sub-clause of each is not cited). */
    public static final String CLAUSE_CORNER_DEVIATIONS = "8.5";
    /** Clause of path velocity characteristics, AV, RV and FV (check: 8.6; sub-clauses not cited). */
    public static final String CLAUSE_PATH_VELOCITY = "8.6";
    /** Clause of minimum positioning time. */
    public static final String CLAUSE_MINIMUM_POSITIONING_TIME = "9";
    /** Clause of static compliance. */
    public static final String CLAUSE_STATIC_COMPLIANCE = "10";

    /**
     * One cycle of the pose test: starting from P1 the robot moves successively to P5, P4, P3 and
     * P2; the next cycle starts again at P1.
     */
    public static final List<String> POSE_CYCLE = List.of("P1", "P5", "P4", "P3", "P2");

    /** Cycles of AP/RP, vAP and AD/RD. */
    public static final int CYCLES_POSE = 30;
    /** Cycles of stabilization time, overshoot, corner deviations and minimum positioning time. */
    public static final int CYCLES_SETTLING = 3;
    /** Runs of AT/RT and path velocity. */
    public static final int CYCLES_PATH = 10;
    /** Duration T of the drift test, continuous cycling from cold, hours. */
    public static final double DRIFT_DURATION_HOURS = 8;
    /**
     * Step distances from P1 of the minimum positioning time test, mm (check: the step list);
     * a default a procedure may override.
     */
    public static final List<Double> MINIMUM_POSITIONING_STEPS_MM = List.of(10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0);

    /** Position accuracy: distance of the barycentre from the commanded position. */
    public static final String AP_P = "APp";
    /** Position accuracy along base X. */
    public static final String AP_X = "APx";
    /** Position accuracy along base Y. */
    public static final String AP_Y = "APy";
    /** Position accuracy along base Z. */
    public static final String AP_Z = "APz";
    /** Orientation accuracy about X. */
    public static final String AP_A = "APa";
    /** Orientation accuracy about Y. */
    public static final String AP_B = "APb";
    /** Orientation accuracy about Z. */
    public static final String AP_C = "APc";
    /** Position repeatability: radius of the sphere round the barycentre. */
    public static final String RP_L = "RPl";
    /** Orientation repeatability about X. */
    public static final String RP_A = "RPa";
    /** Orientation repeatability about Y. */
    public static final String RP_B = "RPb";
    /** Orientation repeatability about Z. */
    public static final String RP_C = "RPc";

    /** Multi-directional position accuracy variation: largest distance between direction barycentres. */
    public static final String VAP_P = "vAPp";
    /** Multi-directional orientation accuracy variation about X. */
    public static final String VAP_A = "vAPa";
    /** Multi-directional orientation accuracy variation about Y. */
    public static final String VAP_B = "vAPb";
    /** Multi-directional orientation accuracy variation about Z. */
    public static final String VAP_C = "vAPc";

    /** Distance accuracy of the position: mean attained distance minus commanded distance. */
    public static final String AD_P = "ADp";
    /** Distance accuracy along X. */
    public static final String AD_X = "ADx";
    /** Distance accuracy along Y. */
    public static final String AD_Y = "ADy";
    /** Distance accuracy along Z. */
    public static final String AD_Z = "ADz";
    /** Distance accuracy of the orientation about X. */
    public static final String AD_A = "ADa";
    /** Distance accuracy of the orientation about Y. */
    public static final String AD_B = "ADb";
    /** Distance accuracy of the orientation about Z. */
    public static final String AD_C = "ADc";
    /** Distance repeatability of the position. */
    public static final String RD = "RD";
    /** Distance repeatability of the orientation about X. */
    public static final String RD_A = "RDa";
    /** Distance repeatability of the orientation about Y. */
    public static final String RD_B = "RDb";
    /** Distance repeatability of the orientation about Z. */
    public static final String RD_C = "RDc";

    /** Pose stabilization time, s (check: the project's symbol). */
    public static final String STABILIZATION_TIME = "t_s";
    /** Pose overshoot, mm (check: the project's symbol). */
    public static final String OVERSHOOT = "OV";
    /** Drift of pose accuracy. */
    public static final String DRIFT_AP = "dAP";
    /** Drift of pose repeatability. */
    public static final String DRIFT_RP = "dRP";
    /** Exchangeability, mm (check: the project's symbol). */
    public static final String EXCHANGEABILITY = "E";

    /** Path position accuracy: largest distance of a point's barycentre from the commanded path point. */
    public static final String AT_P = "ATp";
    /** Path orientation accuracy about X. */
    public static final String AT_A = "ATa";
    /** Path orientation accuracy about Y. */
    public static final String AT_B = "ATb";
    /** Path orientation accuracy about Z. */
    public static final String AT_C = "ATc";
    /** Path position repeatability. */
    public static final String RT_P = "RTp";
    /** Path orientation repeatability about X. */
    public static final String RT_A = "RTa";
    /** Path orientation repeatability about Y. */
    public static final String RT_B = "RTb";
    /** Path orientation repeatability about Z. */
    public static final String RT_C = "RTc";
    /** Corner round-off error. */
    public static final String CR = "CR";
    /** Corner overshoot. */
    public static final String CO = "CO";
    /** Path velocity accuracy, % of the commanded velocity. */
    public static final String AV = "AV";
    /** Path velocity repeatability, % of the commanded velocity. */
    public static final String RV = "RV";
    /** Path velocity fluctuation, mm/s. */
    public static final String FV = "FV";

    /** The pose accuracy symbols, in report order. */
    public static final List<String> POSE_ACCURACY_SYMBOLS = List.of(AP_P, AP_X, AP_Y, AP_Z, AP_A, AP_B, AP_C);
    /** The pose repeatability symbols, in report order. */
    public static final List<String> POSE_REPEATABILITY_SYMBOLS = List.of(RP_L, RP_A, RP_B, RP_C);
    /** The multi-directional pose accuracy variation symbols, in report order. */
    public static final List<String> MULTI_DIRECTIONAL_SYMBOLS = List.of(VAP_P, VAP_A, VAP_B, VAP_C);
    /** The distance accuracy symbols, in report order. */
    public static final List<String> DISTANCE_ACCURACY_SYMBOLS = List.of(AD_P, AD_X, AD_Y, AD_Z, AD_A, AD_B, AD_C);
    /** The distance repeatability symbols, in report order. */
    public static final List<String> DISTANCE_REPEATABILITY_SYMBOLS = List.of(RD, RD_A, RD_B, RD_C);
    /** The path accuracy symbols, in report order. */
    public static final List<String> PATH_ACCURACY_SYMBOLS = List.of(AT_P, AT_A, AT_B, AT_C);
    /** The path repeatability symbols, in report order. */
    public static final List<String> PATH_REPEATABILITY_SYMBOLS = List.of(RT_P, RT_A, RT_B, RT_C);
    /** The path velocity symbols, in report order. */
    public static final List<String> PATH_VELOCITY_SYMBOLS = List.of(AV, RV, FV);

    private Iso9283() {
    }

    /**
     * Picks the value of one symbol from values given in the order of {@code symbols}, so each
     * characteristic's {@code value(symbol)} is one line and all of them fail alike.
     *
     * @param kind    the kind of characteristic, for the message, e.g. "distance accuracy"
     * @param symbols the symbols in report order, one of the lists above
     * @param symbol  the symbol asked for
     * @param values  the values, in the order of {@code symbols}
     * @return the value of {@code symbol}
     * @throws IllegalArgumentException naming the valid symbols when {@code symbol} is none of them
     */
    static double valueOf(String kind, List<String> symbols, String symbol, double... values) {
        int i = symbols.indexOf(symbol);
        if (i < 0) {
            throw new IllegalArgumentException("'" + symbol + "' is no " + kind + " characteristic, expected one of "
                    + symbols);
        }
        return values[i];
    }
}
