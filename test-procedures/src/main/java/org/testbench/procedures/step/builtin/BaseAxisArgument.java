package org.testbench.procedures.step.builtin;

import java.util.Locale;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.iso9283.LoadDirection;

/**
 * A step argument naming a direction along an axis of the robot's base frame as procedure files
 * write it, {@code +x} ... {@code -z}: where a move approaches a pose from, which way a load
 * pushes. Measurements are tagged with the same words.
 */
final class BaseAxisArgument {

    private BaseAxisArgument() {
    }

    /**
     * @param node  the argument as written
     * @param means what the direction is for, for the message, e.g. "the base axis the load pushes along"
     * @return the direction
     * @throws InputException naming the node when it is none of the six
     */
    static LoadDirection parse(YamlNode node, String means) throws InputException {
        String text = node.asText();
        for (LoadDirection d : LoadDirection.values()) {
            if (tag(d).equals(text)) {
                return d;
            }
        }
        throw node.error("expected one of +x, -x, +y, -y, +z, -z (" + means + "), found '" + text + "'");
    }

    /**
     * @param direction a direction
     * @return the word procedure files and measurement tags use for it, e.g. "-z"
     */
    static String tag(LoadDirection direction) {
        return direction.label().toLowerCase(Locale.ROOT);
    }
}
