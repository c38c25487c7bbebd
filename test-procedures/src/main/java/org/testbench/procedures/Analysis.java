package org.testbench.procedures;

/** The analyses a procedure can ask for in its {@code analysis:} list, each tied to its clause. */
public enum Analysis {
    /** ISO 9283 7.2.1 pose accuracy, per pose: APp, APx/y/z, APa/b/c. */
    POSE_ACCURACY("pose-accuracy"),
    /** ISO 9283 7.2.2 pose repeatability, per pose: RPl, RPa/b/c. */
    POSE_REPEATABILITY("pose-repeatability");

    private final String label;

    Analysis(String label) {
        this.label = label;
    }

    /** @return the name used in procedure files */
    public String label() {
        return label;
    }

    /**
     * @param label an analysis name from a file
     * @return the analysis
     * @throws IllegalArgumentException listing the known analyses
     */
    public static Analysis of(String label) {
        for (Analysis a : values()) {
            if (a.label.equals(label)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown analysis '" + label + "' (known: pose-accuracy, pose-repeatability)");
    }
}
