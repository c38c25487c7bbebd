package org.testbench.standards.reducer;

/**
 * One direction of the torque sweep in the hysteresis test. Between its reversals at ±T_R the
 * torque passes through zero without reversing, so each sweep is one continuous curve θ(T) over
 * the whole torque range, made of an unloading branch and the following loading branch.
 */
public enum Sweep {
    /** Torque rising from -T_R to +T_R: unloading from -T_R, then loading to +T_R. */
    RISING("rising sweep (unloading from -T_R, then loading to +T_R)"),
    /** Torque falling from +T_R to -T_R: unloading from +T_R, then loading to -T_R. */
    FALLING("falling sweep (unloading from +T_R, then loading to -T_R)");

    private final String description;

    Sweep(String description) {
        this.description = description;
    }

    /** @return what the sweep is, for messages */
    public String description() {
        return description;
    }
}
