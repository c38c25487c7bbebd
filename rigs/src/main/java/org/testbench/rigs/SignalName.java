package org.testbench.rigs;

/**
 * A signal of a rig device as procedures and rig files name it: {@code device.signal}, e.g.
 * {@code output.torque-command}. Device names cannot hold a '.', so the first '.' splits the two.
 *
 * @param device the device's name in the rig
 * @param signal the signal's name within the device
 */
public record SignalName(String device, String signal) {

    /** Device names as rig files allow them. */
    static final String DEVICE = "[A-Za-z0-9_-]+";
    /** Signal names of generic devices as rig files allow them. */
    static final String SIGNAL = "[a-z][a-z0-9-]*";

    /** Checks both parts follow the rig file's naming rules. */
    public SignalName {
        if (device == null || !device.matches(DEVICE) || signal == null || !signal.matches(SIGNAL)) {
            throw new IllegalArgumentException("expected device.signal (e.g. output.torque), found '" + device + "."
                    + signal + "'");
        }
    }

    /**
     * @param text e.g. "output.torque"
     * @return the name
     * @throws IllegalArgumentException when it is not {@code device.signal}
     */
    public static SignalName parse(String text) {
        int dot = text.indexOf('.');
        if (dot <= 0 || !text.substring(0, dot).matches(DEVICE) || !text.substring(dot + 1).matches(SIGNAL)) {
            throw new IllegalArgumentException("expected device.signal with a device name of letters, digits, '_'"
                    + " and '-' and a signal name of lower-case letters, digits and '-' (e.g. output.torque), found '"
                    + text + "'");
        }
        return new SignalName(text.substring(0, dot), text.substring(dot + 1));
    }

    /**
     * @param rig a rig
     * @return the signal's definition in it
     * @throws IllegalArgumentException naming the rig's devices or the device's signals when either is missing
     */
    public SignalDefinition in(RigDefinition rig) {
        DeviceDefinition d = rig.devices().get(device);
        if (d == null) {
            throw new IllegalArgumentException("rig " + rig.name() + " (" + rig.file() + ") has no device '" + device
                    + "' (its devices: " + String.join(", ", rig.devices().keySet()) + ")");
        }
        SignalDefinition s = d.signals().get(signal);
        if (s == null) {
            throw new IllegalArgumentException("device " + device + " of rig " + rig.name() + " (" + rig.file()
                    + ") has no signal '" + signal + "' (its signals: " + String.join(", ", d.signals().keySet()) + ")");
        }
        return s;
    }

    @Override
    public String toString() {
        return device + "." + signal;
    }
}
