package org.testbench.procedures.step.builtin;

import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.geometry.Vector3;

/**
 * A direction along an axis of the robot's base frame, as steps name it ({@code +x} ... {@code -z}):
 * where a move approaches a pose from, which way a load pushes.
 */
enum BaseAxis {
    /** Along +X. */
    PLUS_X("+x", new Vector3(1, 0, 0)),
    /** Along -X. */
    MINUS_X("-x", new Vector3(-1, 0, 0)),
    /** Along +Y. */
    PLUS_Y("+y", new Vector3(0, 1, 0)),
    /** Along -Y. */
    MINUS_Y("-y", new Vector3(0, -1, 0)),
    /** Along +Z. */
    PLUS_Z("+z", new Vector3(0, 0, 1)),
    /** Along -Z. */
    MINUS_Z("-z", new Vector3(0, 0, -1));

    private final String label;
    private final Vector3 unit;

    BaseAxis(String label, Vector3 unit) {
        this.label = label;
        this.unit = unit;
    }

    /** @return the name steps use, e.g. "+x" */
    String label() {
        return label;
    }

    /** @return the unit vector, in the base frame */
    Vector3 unit() {
        return unit;
    }

    /**
     * @param node  the argument as written
     * @param means what the direction is for, for the message, e.g. "the base axis the pose is approached from"
     * @return the direction
     * @throws InputException naming the node when it is none of the six
     */
    static BaseAxis parse(YamlNode node, String means) throws InputException {
        String text = node.asText();
        for (BaseAxis a : values()) {
            if (a.label.equals(text)) {
                return a;
            }
        }
        throw node.error("expected one of +x, -x, +y, -y, +z, -z (" + means + "), found '" + text + "'");
    }
}
