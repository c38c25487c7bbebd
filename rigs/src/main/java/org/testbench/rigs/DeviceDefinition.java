package org.testbench.rigs;

import java.util.List;
import java.util.Map;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.Credentials;

/**
 * One device of a rig as its file declares it.
 *
 * @param name        the device's name in the rig, e.g. "tracker"
 * @param type        what kind of device it is
 * @param endpoint    how to reach it, e.g. {@code opc.tcp://127.0.0.1:4840/testbench}
 * @param model       the device's model, for the report
 * @param serial      the device's serial number, for the report
 * @param instruments the measuring instruments the device holds, each with its calibration and the
 *                    signals it measures; empty when the device measures nothing that is calibrated
 * @param workspace   where a robot may be commanded to, or null when the rig file declares nothing
 * @param signals     every role of the type mapped to a signal, in file order
 * @param credentials where the username and password to log in with live (environment variables or
 *                    a file, never the rig file itself), or null for an anonymous login
 */
public record DeviceDefinition(String name, DeviceType type, String endpoint, String model, String serial,
                               List<InstrumentDefinition> instruments, Workspace workspace,
                               Map<String, SignalDefinition> signals, Credentials credentials) {

    /** Freezes the signal map and the instruments. */
    public DeviceDefinition {
        signals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(signals));
        instruments = List.copyOf(instruments);
    }

    /**
     * @param signal one of this device's signals
     * @return the instrument that measures it: one that names the signal among those it measures,
     *     else the device's own (which measures all of them); null when none does
     */
    public InstrumentDefinition instrumentFor(String signal) {
        return instruments.stream().filter(i -> i.measures().contains(signal)).findFirst()
                .orElse(instruments.stream().filter(i -> i.measures().isEmpty()).findFirst().orElse(null));
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
     * @param name one of this device's signals
     * @return whether its protocol lets a client write it (a Modbus input register never is)
     */
    public boolean writable(String name) {
        return org.testbench.protocols.Channels.writable(endpoint, signal(name).address());
    }

    /**
     * @param capability something the device may offer through optional signals
     * @return whether the rig file maps every signal it needs (a partial mapping is refused when
     *     the file is read, so this is all or nothing)
     */
    public boolean has(Capability capability) {
        return type.capabilities().contains(capability) && signals.keySet().containsAll(capability.roles().keySet());
    }

    /**
     * The check a procedure makes before it moves anything, for each capability it uses.
     *
     * @param capability what the procedure needs the device to do
     * @throws IllegalArgumentException naming the device, what it cannot do and the signals to map
     */
    public void require(Capability capability) {
        if (!has(capability)) {
            throw new IllegalArgumentException(type.label() + " '" + name + "' cannot " + capability.action()
                    + ": its rig file maps none of the optional signals " + String.join(", ", capability.roles().keySet()));
        }
    }

    /** @return how to open a channel to this device: its endpoint and login, default timeouts */
    public ChannelConfig channelConfig() {
        return ChannelConfig.builder(endpoint).credentials(credentials).build();
    }

    /**
     * @param newEndpoint the endpoint to use instead
     * @return a copy reaching the device there, with the same login
     */
    public DeviceDefinition withEndpoint(String newEndpoint) {
        return new DeviceDefinition(name, type, newEndpoint, model, serial, instruments, workspace, signals,
                credentials);
    }
}
