package org.testbench.rigs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.testbench.protocols.ChannelConfig;
import org.testbench.protocols.Channels;
import org.testbench.protocols.Credentials;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.geometry.Vector3;

/**
 * Reads and validates a rig file. Everything is checked before any device is connected: unknown
 * keys, missing fields, unknown device types and units, roles missing or mapped to a signal of the
 * wrong quantity, a clock that is no time signal, safety limits and the rates they are checked at
 * ({@link SafetyKeys}). Each error names file, line, column and field.
 *
 * <p>Top-level keys: {@code rig}, {@code description}, {@code devices}, the optional
 * {@code clock: device.signal}, a generic device's signal in a unit of time that gives the rig's
 * time (a simulator's simulated seconds): procedures then wait on it instead of on wall time, and
 * the optional {@code safe-state}, the writes that leave the rig safe ({@link SafeStateKeys}).
 */
public final class RigFile {

    private RigFile() {
    }

    /**
     * @param nameOrPath a rig file's path, or the name of a rig file shipped with testbench
     *                   ("sim-robot")
     * @return the validated rig
     * @throws InputException naming the first problem found
     */
    public static RigDefinition load(String nameOrPath) throws InputException {
        Path path = Path.of(nameOrPath);
        return parse(Files.isRegularFile(path) ? YamlDocument.read(path) : BundledFiles.read("rigs", nameOrPath));
    }

    /**
     * @param document a parsed rig file
     * @return the validated rig
     * @throws InputException naming the first problem found
     */
    public static RigDefinition parse(YamlDocument document) throws InputException {
        YamlMap top = document.root().asMap();
        String name = top.required("rig").asText();
        String description = text(top, "description", "");
        YamlMap devicesNode = top.required("devices").asMap();
        Map<String, DeviceDefinition> devices = new LinkedHashMap<>();
        for (String deviceName : devicesNode.keys()) {
            if (!deviceName.matches("[A-Za-z0-9_-]+")) {
                // Device names become CSV fields, InfluxDB measurements and report labels.
                throw devicesNode.keyNode(deviceName).error("a device name is letters, digits, '_' and '-', found '"
                        + deviceName + "'");
            }
            devices.put(deviceName, device(deviceName, devicesNode.required(deviceName), document.origin()));
        }
        if (devices.isEmpty()) {
            throw devicesNode.node().error("a rig needs at least one device");
        }
        SignalName clock = top.optional("clock").isPresent() ? clock(top.required("clock"), devices) : null;
        checkEnvelopes(devices, devicesNode);
        List<SafeWrite> safeState = top.optional("safe-state").isPresent()
                ? SafeStateKeys.parse(top.required("safe-state"), devices) : List.of();
        top.rejectUnknown();
        return new RigDefinition(name, description, document.origin(), document.sha256(), document.text(), devices,
                clock, safeState);
    }

    /**
     * {@code clock: device.signal}: a generic device's signal counting seconds, or a robot's
     * {@code clock} (its controller's clock), on which procedures measure their waits, so a simulator
     * that runs faster than real time runs a 100 h dwell in minutes.
     */
    private static SignalName clock(YamlNode node, Map<String, DeviceDefinition> devices) throws InputException {
        SignalName clock;
        try {
            clock = SignalName.parse(node.asText());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
        DeviceDefinition device = devices.get(clock.device());
        boolean robotClock = device != null && device.type() == DeviceType.ROBOT && clock.signal().equals("clock");
        if (device == null || device.type() != DeviceType.GENERIC && !robotClock) {
            throw node.error("the clock must be a signal of a generic device or a robot's clock, and '"
                    + clock + "' is " + (device == null ? "no device of this rig" : "a " + device.type().label()
                    + "'s signal"));
        }
        SignalDefinition signal = device.signals().get(clock.signal());
        if (signal == null) {
            throw node.error("device " + clock.device() + " has no signal '" + clock.signal() + "' (its signals: "
                    + String.join(", ", device.signals().keySet()) + ")");
        }
        if (signal.unit().quantity() != Unit.Quantity.TIME) {
            throw node.error("the clock must count time (unit s, ms, min or h), " + clock + " is in '"
                    + signal.unit().symbol() + "'");
        }
        return clock;
    }

    /**
     * A supervised workspace is checked on what the pose trackers measure, so the rig needs one,
     * and each must be sampled as fast as the workspace's rate asks.
     */
    private static void checkEnvelopes(Map<String, DeviceDefinition> devices, YamlMap devicesNode)
            throws InputException {
        for (DeviceDefinition robot : devices.values()) {
            if (robot.workspace() == null || robot.workspace().period() == null) {
                continue;
            }
            YamlMap workspace = devicesNode.required(robot.name()).asMap().required("workspace").asMap();
            YamlNode rate = workspace.optional("rate").orElseGet(() -> workspace.optional("period").orElseThrow());
            List<DeviceDefinition> trackers = devices.values().stream()
                    .filter(d -> d.type() == DeviceType.POSE_TRACKER).toList();
            if (trackers.isEmpty()) {
                throw rate.error("the workspace is checked on the position a pose tracker measures, and the rig has"
                        + " no pose-tracker");
            }
            for (DeviceDefinition tracker : trackers) {
                SafetyKeys.checkSamplingSpeed(rate, robot.workspace().period(), tracker.endpoint());
            }
        }
    }

    private static DeviceDefinition device(String name, YamlNode node, String origin) throws InputException {
        YamlMap map = node.asMap();
        YamlNode typeNode = map.required("type");
        DeviceType type;
        try {
            type = DeviceType.of(typeNode.asText());
        } catch (IllegalArgumentException e) {
            throw typeNode.error(e.getMessage());
        }
        YamlNode endpointNode = map.required("endpoint");
        String endpoint = endpointNode.asText();
        try {
            Channels.open(ChannelConfig.builder(endpoint).build());
        } catch (IllegalArgumentException e) {
            throw endpointNode.error(e.getMessage());
        }
        String model = text(map, "model", "");
        String serial = text(map, "serial", "");
        List<InstrumentDefinition> instruments = new ArrayList<>();
        if (map.optional("calibration").isPresent()) {
            instruments.add(calibration(model, serial, map.required("calibration"), List.of()));
        }
        Workspace workspace = null;
        if (map.optional("workspace").isPresent()) {
            if (type != DeviceType.ROBOT) {
                throw map.keyNode("workspace").error("only a robot has a workspace");
            }
            workspace = workspace(map.required("workspace"));
        }
        YamlMap signalsNode = map.required("signals").asMap();
        Map<String, SignalDefinition> signals = new LinkedHashMap<>();
        for (String role : signalsNode.keys()) {
            YamlNode signalNode = signalsNode.required(role);
            Unit.Quantity quantity = type.quantityOf(role);
            if (type.openSignals()) {
                if (!role.matches("[a-z][a-z0-9-]*")) {
                    throw signalsNode.keyNode(role).error("a signal name is lower-case letters, digits and '-', found '"
                            + role + "'");
                }
            } else if (quantity == null) {
                throw signalsNode.keyNode(role).error("a " + type.label() + " has no signal '" + role
                        + "' (its signals are: " + String.join(", ", knownRoles(type)) + ")");
            }
            signals.put(role, signal(role, quantity, signalNode, endpoint));
        }
        for (String role : type.roles().keySet()) {
            if (!signals.containsKey(role)) {
                throw signalsNode.node().error("a " + type.label() + " must map signal '" + role + "'");
            }
        }
        for (Capability capability : type.capabilities()) {
            checkAllOrNone(type, capability, signals.keySet(), signalsNode);
        }
        if (map.optional("instruments").isPresent()) {
            instruments.addAll(instruments(map.required("instruments"), signals.keySet()));
        }
        Credentials credentials = null;
        if (map.optional("credentials").isPresent()) {
            if (!endpoint.startsWith("opc.tcp:")) {
                throw map.keyNode("credentials").error("only an OPC UA (opc.tcp://) device logs in with credentials");
            }
            credentials = credentials(map.required("credentials"), origin);
        }
        map.rejectUnknown();
        return new DeviceDefinition(name, type, endpoint, model, serial, instruments, workspace, signals, credentials);
    }

    private static List<String> knownRoles(DeviceType type) {
        List<String> roles = new ArrayList<>(type.roles().keySet());
        for (Capability capability : type.capabilities()) {
            roles.addAll(capability.roles().keySet());
        }
        return roles;
    }

    /** Half a capability would fail in the middle of a run, so it is refused here, before anything connects. */
    private static void checkAllOrNone(DeviceType type, Capability capability, Set<String> mapped,
            YamlMap signalsNode) throws InputException {
        List<String> missing = capability.roles().keySet().stream().filter(r -> !mapped.contains(r)).toList();
        if (!missing.isEmpty() && missing.size() < capability.roles().size()) {
            throw signalsNode.node().error("a " + type.label() + " that can " + capability.action()
                    + " must map all of its signals, missing: " + String.join(", ", missing));
        }
    }

    /**
     * Where the login lives, never the login itself: a rig file is shared and archived with every
     * run. The secret is read when the device is connected.
     */
    private static Credentials credentials(YamlNode node, String origin) throws InputException {
        YamlMap map = node.asMap();
        var file = map.optional("file");
        var userVariable = map.optional("username-env");
        var passwordVariable = map.optional("password-env");
        map.rejectUnknown();
        if (file.isPresent()) {
            if (userVariable.isPresent() || passwordVariable.isPresent()) {
                throw node.error("credentials come from a file or from environment variables, not both");
            }
            Path path = Path.of(file.get().asText());
            // a relative path is relative to the rig file, wherever the bench is started from
            if (!path.isAbsolute() && !origin.startsWith("classpath:") && Path.of(origin).getParent() != null) {
                path = Path.of(origin).getParent().resolve(path);
            }
            return Credentials.fromFile(path);
        }
        if (userVariable.isEmpty() || passwordVariable.isEmpty()) {
            throw node.error("credentials need either 'file' or both 'username-env' and 'password-env'");
        }
        return Credentials.fromEnvironment(variableName(userVariable.get()), variableName(passwordVariable.get()));
    }

    private static String variableName(YamlNode node) throws InputException {
        String name = node.asText();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw node.error("an environment variable name is letters, digits and '_', found '" + name + "'");
        }
        return name;
    }

    private static SignalDefinition signal(String role, Unit.Quantity quantity, YamlNode node, String endpoint)
            throws InputException {
        YamlMap map = node.asMap();
        YamlNode addressNode = map.required("address");
        String address = addressNode.asText();
        try {
            Channels.checkAddress(endpoint, address);
        } catch (IllegalArgumentException e) {
            throw addressNode.error(e.getMessage());
        }
        Unit unit = unit(map.required("unit"));
        if (quantity != null && unit.quantity() != quantity) {
            throw map.required("unit").error("'" + role + "' needs a unit of " + quantity.name().toLowerCase()
                    + ", not '" + unit.symbol() + "'");
        }
        double scale = 1.0;
        if (map.optional("scale").isPresent()) {
            scale = map.required("scale").asDouble();
            if (scale == 0) {
                throw map.required("scale").error("scale must not be 0");
            }
        }
        double offset = map.optional("offset").isPresent() ? map.required("offset").asDouble() : 0.0;
        Limits limits = SafetyKeys.limits(map, unit);
        Duration period = SafetyKeys.period(map, List.of(endpoint));
        map.rejectUnknown();
        if (limits != null && period == null) {
            throw map.keyNode("limits").error("limits need 'rate' (e.g. 100 Hz) or 'period' (e.g. 10 ms): how often"
                    + " they are checked while a run executes");
        }
        if (limits == null && period != null) {
            String key = map.keyNode("rate") != null ? "rate" : "period";
            throw map.keyNode(key).error("'" + key + "' says how often the signal's limits are checked, and it has"
                    + " no 'limits'");
        }
        return new SignalDefinition(role, address, unit, scale, offset, limits, period);
    }

    private static Workspace workspace(YamlNode node) throws InputException {
        YamlMap map = node.asMap();
        double[] min = map.required("min").asNumbers(3);
        double[] max = map.required("max").asNumbers(3);
        // sampled on the pose trackers, whose protocols checkEnvelopes holds the rate against
        Duration period = SafetyKeys.period(map, List.of());
        map.rejectUnknown();
        try {
            return new Workspace(new Vector3(min[0], min[1], min[2]), new Vector3(max[0], max[1], max[2]), period);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    /**
     * A device's further instruments, each measuring some of its signals: a reducer bench's output
     * holds an encoder for the twist and a torque flange for the torque, each with its certificate.
     */
    private static List<InstrumentDefinition> instruments(YamlNode node, Set<String> signals)
            throws InputException {
        List<InstrumentDefinition> list = new ArrayList<>();
        for (YamlNode item : node.asList()) {
            YamlMap map = item.asMap();
            YamlNode measuresNode = map.required("measures");
            List<String> measures = new ArrayList<>();
            for (YamlNode signal : measuresNode.asList()) {
                if (!signals.contains(signal.asText())) {
                    throw signal.error("the device has no signal '" + signal.asText() + "' (its signals are: "
                            + String.join(", ", signals) + ")");
                }
                measures.add(signal.asText());
            }
            if (measures.isEmpty()) {
                throw measuresNode.error("an instrument measures at least one of the device's signals");
            }
            list.add(calibration(map.required("model").asText(), map.required("serial").asText(),
                    map.required("calibration"), measures));
            map.rejectUnknown();
        }
        return list;
    }

    private static InstrumentDefinition calibration(String model, String serial, YamlNode node, List<String> measures)
            throws InputException {
        YamlMap map = node.asMap();
        String certificate = map.required("certificate").asText();
        var due = map.required("due").asDate();
        YamlNode uncertaintyNode = map.required("uncertainty");
        double uncertainty = uncertaintyNode.asDouble();
        if (uncertainty < 0) {
            throw uncertaintyNode.error("uncertainty must not be negative");
        }
        Unit unit = unit(map.required("uncertainty-unit"));
        map.rejectUnknown();
        return new InstrumentDefinition(model, serial, certificate, due, uncertainty, unit, measures);
    }

    private static Unit unit(YamlNode node) throws InputException {
        try {
            return Unit.of(node.asText());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static String text(YamlMap map, String key, String fallback) throws InputException {
        var node = map.optional(key);
        return node.isPresent() ? node.get().asText() : fallback;
    }
}
