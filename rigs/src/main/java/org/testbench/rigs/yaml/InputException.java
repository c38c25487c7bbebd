package org.testbench.rigs.yaml;

/**
 * Bad input from a person: a rig file, procedure file, DUT file, parameter or flag that cannot be
 * used. The message starts with where the problem is ({@code file:line:column: field:}) so an
 * editor can jump to it; the runner exits with code 2 and never touches the rig.
 */
public class InputException extends Exception {

    private final String location;

    /**
     * @param location where the problem is, e.g. {@code rigs/sim-robot.yaml:12:7}
     * @param field    the dotted path of the field, e.g. {@code devices.robot.endpoint}, or null
     * @param message  what is wrong and, where it helps, what would be right
     */
    public InputException(String location, String field, String message) {
        super(location + ": " + (field == null || field.isEmpty() ? "" : field + ": ") + message);
        this.location = location;
    }

    /** @return where the problem is, {@code file:line:column} (or just the file or flag) */
    public String location() {
        return location;
    }
}
