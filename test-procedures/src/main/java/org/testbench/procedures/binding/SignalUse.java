package org.testbench.procedures.binding;

import org.testbench.rigs.DeviceDefinition;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.RigDefinition;
import org.testbench.rigs.SignalName;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlNode;

/**
 * A procedure's use of one signal of a generic device ({@code output.torque-command}): the rig
 * must have the device, as a generic device, with that signal, writable when the procedure writes it.
 *
 * @param signal the signal
 * @param at     where the procedure names it
 * @param write  whether the procedure writes it
 */
public record SignalUse(SignalName signal, YamlNode at, boolean write) implements Requirement {

    @Override
    public void check(Binding binding) throws InputException {
        RigDefinition rig = binding.rig();
        DeviceDefinition device = rig.devices().get(signal.device());
        if (device == null || device.type() != DeviceType.GENERIC) {
            throw at.error("rig " + rig.name() + " (" + rig.file() + ") has no generic device '" + signal.device()
                    + "'" + (device == null ? "" : ", it is a " + device.type().label()) + " (its generic devices: "
                    + String.join(", ", rig.devicesOfType(DeviceType.GENERIC).stream().map(DeviceDefinition::name)
                    .toList()) + ")");
        }
        if (!device.signals().containsKey(signal.signal())) {
            throw at.error("device " + signal.device() + " of rig " + rig.name() + " (" + rig.file()
                    + ") has no signal '" + signal.signal() + "' (its signals: "
                    + String.join(", ", device.signals().keySet()) + ")");
        }
        if (write && !device.writable(signal.signal())) {
            throw at.error(signal + " is read-only in rig " + rig.name() + " (" + rig.file() + ": "
                    + device.signal(signal.signal()).address() + ")");
        }
    }
}
