package org.testbench.run;

import java.util.List;
import java.util.stream.Collectors;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.rigs.DeviceDefinition;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.Dut;
import org.testbench.rigs.RigDefinition;
import org.testbench.rigs.yaml.InputException;

/**
 * Everything a run needs, read and cross-checked before any device is connected: the procedure
 * with its parameter values, the rig, and the DUT.
 *
 * @param procedure  the procedure
 * @param parameters its bound parameter values
 * @param rig        the rig
 * @param dut        the device under test
 */
public record RunInputs(Procedure procedure, Parameters parameters, RigDefinition rig, Dut dut) {

    /**
     * Checks that the rig has exactly one device of each type the procedure uses, and that the
     * procedure's poses can be computed from the parameter values.
     *
     * @throws InputException naming the rig file or parameter that does not fit
     */
    public void check() throws InputException {
        for (DeviceType type : procedure.requiredDevices()) {
            List<DeviceDefinition> found = rig.devicesOfType(type);
            if (found.size() != 1) {
                throw new InputException(rig.file(), "devices", "procedure " + procedure.name() + " needs exactly one "
                        + type.label() + ", the rig has " + (found.isEmpty() ? "none"
                        : found.size() + " (" + found.stream().map(DeviceDefinition::name).collect(Collectors.joining(", ")) + ")"));
            }
        }
        try {
            procedure.commandedPoses(parameters);
        } catch (IllegalArgumentException e) {
            throw new InputException(procedure.origin(), "poses", e.getMessage());
        }
    }

    /**
     * @param type a device type the procedure uses
     * @return the name of the rig's one device of that type, or null when the procedure does not use the type
     */
    public String deviceName(DeviceType type) {
        if (!procedure.requiredDevices().contains(type)) {
            return null;
        }
        return rig.devicesOfType(type).get(0).name();
    }
}
