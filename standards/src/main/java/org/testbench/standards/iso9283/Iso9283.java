package org.testbench.standards.iso9283;

import java.util.List;

/**
 * Names, clause numbers and symbols of ISO 9283:1998 (adopted identically as GB/T 12642-2013),
 * so results, procedures and reports cite the standard the same way.
 */
public final class Iso9283 {

    /** The standard, as results and reports cite it. */
    public static final String STANDARD = "ISO 9283:1998 / GB/T 12642-2013";

    /** Clause of pose accuracy (AP). */
    public static final String CLAUSE_POSE_ACCURACY = "7.2.1";

    /** Clause of pose repeatability (RP). */
    public static final String CLAUSE_POSE_REPEATABILITY = "7.2.2";

    /**
     * One cycle of the pose test: starting from P1 the robot moves successively to P5, P4, P3 and
     * P2; the next cycle starts again at P1.
     */
    public static final List<String> POSE_CYCLE = List.of("P1", "P5", "P4", "P3", "P2");

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

    /** The pose accuracy symbols, in report order. */
    public static final List<String> POSE_ACCURACY_SYMBOLS = List.of(AP_P, AP_X, AP_Y, AP_Z, AP_A, AP_B, AP_C);

    /** The pose repeatability symbols, in report order. */
    public static final List<String> POSE_REPEATABILITY_SYMBOLS = List.of(RP_L, RP_A, RP_B, RP_C);

    private Iso9283() {
    }
}
