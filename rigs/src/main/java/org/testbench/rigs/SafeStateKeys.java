package org.testbench.rigs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;

/**
 * Reads a rig file's {@code safe-state}: an ordered map of {@code device.signal: value} that the
 * runner writes after every run's teardown, whatever ended the run (completion, a fault, Ctrl-C,
 * SIGTERM, a safety trip). A procedure's teardown may forget a signal; the rig file, written once
 * by whoever knows the bench, does not:
 *
 * <pre>
 * safe-state:
 *   output.torque-command: 0      # in the signal's unit; or with one: 0 Nm
 *   input.speed-command: 0
 *   input.enable: 0
 *   output.enable: 0
 * </pre>
 *
 * Each signal must exist and be writable in its protocol (a Modbus input register is not); a value
 * with a unit must measure the signal's quantity.
 */
final class SafeStateKeys {

    private SafeStateKeys() {
    }

    static List<SafeWrite> parse(YamlNode node, Map<String, DeviceDefinition> devices) throws InputException {
        YamlMap map = node.asMap();
        List<SafeWrite> writes = new ArrayList<>();
        for (String key : map.keys()) {
            YamlNode keyNode = map.keyNode(key);
            SignalName name;
            try {
                name = SignalName.parse(key);
            } catch (IllegalArgumentException e) {
                throw keyNode.error(e.getMessage());
            }
            DeviceDefinition device = devices.get(name.device());
            if (device == null) {
                throw keyNode.error("no device '" + name.device() + "' in this rig (its devices: "
                        + String.join(", ", devices.keySet()) + ")");
            }
            SignalDefinition signal = device.signals().get(name.signal());
            if (signal == null) {
                throw keyNode.error("device " + name.device() + " has no signal '" + name.signal() + "'");
            }
            if (!device.writable(name.signal())) {
                throw keyNode.error(name + " (" + signal.address() + ") is read-only: a safe state is made of writes");
            }
            writes.add(new SafeWrite(name, valueInBase(map.required(key), signal)));
        }
        if (writes.isEmpty()) {
            throw node.error("a safe state needs at least one write, e.g. output.torque-command: 0");
        }
        return writes;
    }

    /** A bare number is in the signal's unit; an amount with a unit is converted. */
    private static double valueInBase(YamlNode node, SignalDefinition signal) throws InputException {
        Amount amount;
        try {
            amount = Amount.parse(node.asText());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
        if (amount.unit() == Unit.ONE) {
            return signal.unit().toBase(amount.value());
        }
        if (amount.quantity() != signal.unit().quantity()) {
            throw node.error(signal.name() + " is in " + signal.unit().symbol() + ", not in " + amount.unit().symbol());
        }
        return amount.base();
    }
}
