package org.testbench.rigs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated rig: its devices and where the definition came from. Nothing here is connected;
 * {@link Rig#connect} does that.
 *
 * @param name        the rig's name
 * @param description what the rig is, for the report
 * @param file        the file it was read from
 * @param sha256      the SHA-256 of the file's text, recorded with every run
 * @param text        the file's exact text, copied into every run archive
 * @param devices     the devices by name, in file order
 * @param clock       the signal that gives the rig's time in seconds (a simulator's simulated time),
 *                    or null when the rig runs on wall time
 * @param safeState   the writes that leave the rig safe, in order, sent after every run's teardown
 *                    whatever ended the run; empty when the rig file declares none
 */
public record RigDefinition(String name, String description, String file, String sha256, String text,
                            Map<String, DeviceDefinition> devices, SignalName clock, List<SafeWrite> safeState) {

    /** Freezes the device map and the safe state. */
    public RigDefinition {
        devices = Collections.unmodifiableMap(new LinkedHashMap<>(devices));
        safeState = List.copyOf(safeState);
    }

    /**
     * A rig without a declared safe state.
     *
     * @param name        the rig's name
     * @param description what the rig is
     * @param file        the file it was read from
     * @param sha256      the SHA-256 of the file's text
     * @param text        the file's exact text
     * @param devices     the devices by name, in file order
     * @param clock       the rig's clock signal, or null for wall time
     */
    public RigDefinition(String name, String description, String file, String sha256, String text,
                         Map<String, DeviceDefinition> devices, SignalName clock) {
        this(name, description, file, sha256, text, devices, clock, List.of());
    }

    /**
     * A rig on wall time.
     *
     * @param name        the rig's name
     * @param description what the rig is
     * @param file        the file it was read from
     * @param sha256      the SHA-256 of the file's text
     * @param text        the file's exact text
     * @param devices     the devices by name, in file order
     */
    public RigDefinition(String name, String description, String file, String sha256, String text,
                         Map<String, DeviceDefinition> devices) {
        this(name, description, file, sha256, text, devices, null);
    }

    /**
     * @param type a device type
     * @return the devices of that type, in file order
     */
    public List<DeviceDefinition> devicesOfType(DeviceType type) {
        List<DeviceDefinition> found = new ArrayList<>();
        for (DeviceDefinition d : devices.values()) {
            if (d.type() == type) {
                found.add(d);
            }
        }
        return found;
    }

    /**
     * Points every device that used {@code from} at {@code to}: how the demo aims the bundled rig
     * file at the simulator it started on a free port.
     *
     * @param from the endpoint written in the file
     * @param to   the endpoint to use
     * @return the retargeted rig
     */
    public RigDefinition withEndpoint(String from, String to) {
        Map<String, DeviceDefinition> moved = new LinkedHashMap<>();
        devices.forEach((n, d) -> moved.put(n, d.endpoint().equals(from) ? d.withEndpoint(to) : d));
        return new RigDefinition(name, description, file, sha256, text, moved, clock, safeState);
    }
}
