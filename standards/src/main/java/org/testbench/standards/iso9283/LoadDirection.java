package org.testbench.standards.iso9283;

import org.testbench.standards.geometry.Vector3;

/**
 * The six directions along ±X, ±Y and ±Z of the base frame: those in which the static compliance
 * test (ISO 9283 clause 10) loads the mechanical interface, and from which the multi-directional
 * pose accuracy test (clause 7.3) approaches a pose.
 */
public enum LoadDirection {
    /** Along +X. */
    PLUS_X("+X", new Vector3(1, 0, 0)),
    /** Along -X. */
    MINUS_X("-X", new Vector3(-1, 0, 0)),
    /** Along +Y. */
    PLUS_Y("+Y", new Vector3(0, 1, 0)),
    /** Along -Y. */
    MINUS_Y("-Y", new Vector3(0, -1, 0)),
    /** Along +Z. */
    PLUS_Z("+Z", new Vector3(0, 0, 1)),
    /** Along -Z. */
    MINUS_Z("-Z", new Vector3(0, 0, -1));

    private final String label;
    private final Vector3 unit;

    LoadDirection(String label, Vector3 unit) {
        this.label = label;
        this.unit = unit;
    }

    /** @return the label as a report writes it, e.g. "-Z" */
    public String label() {
        return label;
    }

    /** @return the unit vector of the direction in the base frame */
    public Vector3 unit() {
        return unit;
    }
}
