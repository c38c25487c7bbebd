package org.testbench.rigs.sim.reducer;

/** What the enabled input servo does, as written to {@code input.mode}. */
public enum InputMode {
    /** The brake holds the input shaft; the output torque twists the reducer (hysteresis test). */
    LOCKED(0),
    /** The servo turns the input at {@code input.speed-command}, whatever the load. */
    SPEED(1),
    /** The servo moves the input to {@code input.position-command} at the positioning speed. */
    POSITION(2),
    /** The servo applies {@code input.torque-command}; the shaft turns only if that overcomes friction and load. */
    TORQUE(3);

    private final int code;

    InputMode(int code) {
        this.code = code;
    }

    /** @return the value of {@code input.mode} */
    public int code() {
        return code;
    }

    /**
     * @param code a value written to {@code input.mode}
     * @return the mode
     * @throws IllegalArgumentException when no mode has that code, listing the codes
     */
    public static InputMode of(int code) {
        for (InputMode mode : values()) {
            if (mode.code == code) {
                return mode;
            }
        }
        throw new IllegalArgumentException("input.mode must be 0 (locked), 1 (speed), 2 (position) or 3 (torque), got "
                + code);
    }
}
