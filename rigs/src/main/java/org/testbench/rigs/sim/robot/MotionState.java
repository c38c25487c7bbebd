package org.testbench.rigs.sim.robot;

/**
 * The controller's motion state as published on {@code Robot/MotionState}; a client waits for
 * {@code MoveDone} and watches this to learn that a move will never complete.
 */
public enum MotionState {
    /** In position, or never moved: ready for the next move. */
    IDLE(0),
    /** Moving to the target or along the path, or settling there. */
    MOVING(1),
    /** Halted by a write of true to {@code Robot/Stop}; the next move request clears it. */
    STOPPED(2),
    /**
     * The last target or path was refused (not a number, out of reach, an arc without a circle, a
     * speed above the rated one); the robot halted where it was.
     */
    FAULT(3);

    private final int code;

    MotionState(int code) {
        this.code = code;
    }

    /** @return the value published on {@code Robot/MotionState} */
    public int code() {
        return code;
    }
}
