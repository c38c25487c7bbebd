package org.testbench.rigs;

import java.util.Map;

/**
 * One device of a rig as its file declares it.
 *
 * @param name       the device's name in the rig, e.g. "tracker"
 * @param type       what kind of device it is
 * @param endpoint   how to reach it, e.g. {@code opc.tcp://127.0.0.1:4840/testbench}
 * @param model      the device's model, for the report
 * @param serial     the device's serial number, for the report
 * @param instrument calibration data when the device measures, or null
 * @param workspace  where a robot may be commanded to, or null when the rig file declares nothing
 * @param signals    every role of the type mapped to a signal, in file order
 */
public record DeviceDefinition(String name, DeviceType type, String endpoint, String model, String serial,
                               InstrumentDefinition instrument, Workspace workspace,
                               Map<String, SignalDefinition> signals) {

    /** Freezes the signal map. */
    public DeviceDefinition {
        signals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(signals));
    }

    /**
     * @param role a role of this device's type
     * @return its signal
     */
    public SignalDefinition signal(String role) {
        SignalDefinition s = signals.get(role);
        if (s == null) {
            throw new IllegalArgumentException(name + " has no signal '" + role + "'");
        }
        return s;
    }

    /**
     * @param newEndpoint the endpoint to use instead
     * @return a copy reaching the device there
     */
    public DeviceDefinition withEndpoint(String newEndpoint) {
        return new DeviceDefinition(name, type, newEndpoint, model, serial, instrument, workspace, signals);
    }
}
