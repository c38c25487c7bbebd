package org.testbench.run;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.binding.Binding;
import org.testbench.rigs.DeviceDefinition;
import org.testbench.rigs.DeviceType;
import org.testbench.rigs.Dut;
import org.testbench.rigs.RigDefinition;
import org.testbench.rigs.Workspace;
import org.testbench.rigs.yaml.InputException;
import org.testbench.standards.geometry.Pose;

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
     * Checks that the rig has exactly one device of each type the procedure uses, that the
     * procedure's poses can be computed from the parameter values, and everything else the
     * procedure needs from this rig, DUT and parameter values ({@link Procedure#check}): the
     * generic devices' signals it names, the DUT properties it uses, its counts and durations.
     *
     * @throws InputException naming the procedure, rig or DUT file, or the parameter, that does not fit
     */
    public void check() throws InputException {
        procedure.check(new Binding(parameters, rig, dut));
        for (DeviceType type : procedure.requiredDevices()) {
            List<DeviceDefinition> found = rig.devicesOfType(type);
            if (found.size() != 1) {
                throw new InputException(rig.file(), "devices", "procedure " + procedure.name() + " needs exactly one "
                        + type.label() + ", the rig has " + (found.isEmpty() ? "none"
                        : found.size() + " (" + found.stream().map(DeviceDefinition::name).collect(Collectors.joining(", ")) + ")"));
            }
        }
        Map<String, Pose> poses;
        try {
            poses = procedure.commandedPoses(parameters);
        } catch (IllegalArgumentException e) {
            throw new InputException(procedure.origin(), "poses", e.getMessage());
        }
        String robot = deviceName(DeviceType.ROBOT);
        Workspace workspace = robot == null ? null : rig.devices().get(robot).workspace();
        if (workspace != null) {
            for (Map.Entry<String, Pose> e : poses.entrySet()) {
                if (!workspace.contains(e.getValue().position())) {
                    throw new InputException(procedure.origin(), "poses", "commanded " + e.getKey() + " "
                            + e.getValue() + " lies outside the workspace of " + robot + " in " + rig.file()
                            + " (min " + Workspace.mm(workspace.min()) + ", max " + Workspace.mm(workspace.max())
                            + " mm); parameters: "
                            + parameters.asText());
                }
            }
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
