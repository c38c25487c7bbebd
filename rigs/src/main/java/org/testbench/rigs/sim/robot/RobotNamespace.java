package org.testbench.rigs.sim.robot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilters;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testbench.protocols.opcua.server.VariableNamespace;
import org.testbench.rigs.device.PathType;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/**
 * The simulated robot's address space in namespace {@value SimulatedRobotServer#NAMESPACE_URI}:
 * a {@code Robot} object with the register-style motion interface a robot controller offers a
 * test bench, and a {@code Tracker} object, the separate laser tracker measuring the attained pose.
 *
 * <p>Command nodes act inside the write itself, so a client that has seen its write succeed knows
 * the move has started; values that change with time are computed on read from {@link RobotMotion}
 * and stamped with the simulated time they describe. Monitored tracker nodes are fed by the
 * {@link TrackerStream}, every other monitored node is sampled like a read.
 */
final class RobotNamespace extends VariableNamespace {

    private static final Logger LOG = LoggerFactory.getLogger(RobotNamespace.class);
    private static final String[] AXES = {"X", "Y", "Z", "A", "B", "C"};

    private final SimulatedRobotConfig config;
    private final RobotMotion motion;
    private final SimulatedClock clock;
    private final Random trackerNoise;
    private final TrackerStream stream;
    private final UaVariableNode[] target = new UaVariableNode[AXES.length];
    private final UaVariableNode[] pathPoints = new UaVariableNode[AXES.length];
    private final UaVariableNode[] load = new UaVariableNode[3];
    private final Map<NodeId, Integer> trackerAxes = new HashMap<>();
    private UaVariableNode speedOverride;
    private UaVariableNode stop;
    private UaVariableNode pathType;
    private UaVariableNode pathSpeed;
    private volatile boolean stopWritten;
    /** The last move and path request written; guarded by this. */
    private int lastRequest;
    private int lastPathRequest;

    /**
     * @param server the server to register with; the namespace takes the next free index
     * @param config the simulation parameters
     * @param motion the motion model the nodes publish and command
     */
    RobotNamespace(OpcUaServer server, SimulatedRobotConfig config, RobotMotion motion) {
        super(server, SimulatedRobotServer.NAMESPACE_URI);
        this.config = config;
        this.motion = motion;
        this.clock = motion.clock();
        // Separate from the robot's draws, so reading the tracker more or less often never changes a pose.
        this.trackerNoise = new Random(config.seed() ^ 0x7F4A7C15L);
        this.stream = new TrackerStream(config, motion);
        getLifecycleManager().addShutdownTask(stream::close);
    }

    /** @return the motion model the nodes publish and command */
    RobotMotion motion() {
        return motion;
    }

    /** @return whether a client has written true to {@code Robot/Stop} since start-up */
    boolean stopWritten() {
        return stopWritten;
    }

    @Override
    protected void addNodes() {
        UaObjectNode robot = addObject(null, "Robot", "Simulated 6-axis robot controller");
        UaObjectNode targetObject = addObject(robot, "Robot/Target", "Commanded pose of the next move");
        Pose home = config.home();
        double[] homeValues = {home.position().x(), home.position().y(), home.position().z(),
            home.a(), home.b(), home.c()};
        for (int i = 0; i < AXES.length; i++) {
            target[i] = addVariable(targetObject, "Robot/Target/" + AXES[i], "Target " + axisText(i),
                    NodeIds.Double, AccessLevel.READ_WRITE, Variant.ofDouble(homeValues[i]));
        }
        addVariable(robot, "Robot/MoveRequest",
                "Write a new number to move to the target; MoveDone reports it once settled",
                NodeIds.Int32, AccessLevel.READ_WRITE, Variant.ofInt32(0))
                .getFilterChain().addLast(onValueWrite(this::requestMove));
        addVariable(robot, "Robot/MoveDone",
                "Number of the last move request that has settled; its source timestamp is when it settled",
                NodeIds.Int32, AccessLevel.READ_ONLY, Variant.ofInt32(0))
                .getFilterChain().addLast(computed(s -> Variant.ofInt32(s.moveDone()), RobotMotion.Snapshot::moveDoneS));
        addVariable(robot, "Robot/MotionState",
                "0 in position, 1 moving, 2 stopped by Stop, 3 fault (target or path refused)",
                NodeIds.Int32, AccessLevel.READ_ONLY, Variant.ofInt32(0))
                .getFilterChain().addLast(computed(s -> Variant.ofInt32(s.state().code()), RobotMotion.Snapshot::stateS));
        speedOverride = addVariable(robot, "Robot/SpeedOverride",
                "Speed override of the next move, % of the rated speed, 1..100",
                NodeIds.Double, AccessLevel.READ_WRITE, Variant.ofDouble(100));
        speedOverride.getFilterChain().addLast(onValueWrite(v -> checkRange("speed override", v, 1, 100, "1..100 %")));
        stop = addVariable(robot, "Robot/Stop",
                "Write true to halt where the robot is (MotionState 2); the next move request clears it",
                NodeIds.Boolean, AccessLevel.READ_WRITE, Variant.ofBoolean(false));
        stop.getFilterChain().addLast(onValueWrite(this::requestStop));
        addVariable(robot, "Robot/SimulatedTime", "Simulated seconds since start-up (cold); source timestamp likewise",
                NodeIds.Double, AccessLevel.READ_ONLY, Variant.ofDouble(0))
                .getFilterChain().addLast(computed(s -> Variant.ofDouble(s.nowS()), RobotMotion.Snapshot::nowS));
        addPathNodes(robot);
        addLoadNodes(robot);

        UaObjectNode actual = addObject(robot, "Robot/Actual", "Pose the controller believes it has");
        UaObjectNode tracker = addObject(null, "Tracker", "Laser tracker measuring the robot's mechanical interface");
        for (int i = 0; i < AXES.length; i++) {
            int axis = i;
            addVariable(actual, "Robot/Actual/" + AXES[i], "Actual " + axisText(i),
                    NodeIds.Double, AccessLevel.READ_ONLY, Variant.ofDouble(homeValues[i])).getFilterChain()
                    .addLast(computed(s -> Variant.ofDouble(component(s.actual(), axis)), RobotMotion.Snapshot::nowS));
            UaVariableNode measured = addVariable(tracker, "Tracker/" + AXES[i], "Measured " + axisText(i),
                    NodeIds.Double, AccessLevel.READ_ONLY, Variant.ofDouble(homeValues[i]));
            measured.getFilterChain().addLast(computed(s -> Variant.ofDouble(measure(s.attained(), axis)),
                    RobotMotion.Snapshot::nowS));
            trackerAxes.put(measured.getNodeId(), axis);
        }
        LOG.debug("simulated robot address space ready in namespace {}", getNamespaceIndex());
    }

    private void addPathNodes(UaObjectNode robot) {
        UaObjectNode path = addObject(robot, "Robot/Path", "A linear or circular path at a commanded speed");
        pathType = addVariable(path, "Robot/Path/Type", "1 linear (corners at the points), 2 circular ((via, end) pairs)",
                NodeIds.Int32, AccessLevel.READ_WRITE, Variant.ofInt32(PathType.LINEAR.code()));
        pathType.getFilterChain()
                .addLast(onValueWrite(v -> checkRange("path type", v, 1, 2, "1 (linear) or 2 (circular)")));
        for (int i = 0; i < AXES.length; i++) {
            pathPoints[i] = addVariable(path, "Robot/Path/" + AXES[i], "Path points, " + axisText(i) + ", one per point",
                    NodeIds.Double, AccessLevel.READ_WRITE, new Variant(new Double[0]));
            pathPoints[i].setValueRank(1);
        }
        pathSpeed = addVariable(path, "Robot/Path/Speed", "Commanded path speed, mm/s, up to the rated speed",
                NodeIds.Double, AccessLevel.READ_WRITE, Variant.ofDouble(config.maxSpeedMmPerS() / 10));
        pathSpeed.getFilterChain().addLast(onValueWrite(this::checkPathSpeed));
        addVariable(path, "Robot/Path/Request", "Write a new number to follow the path; Path/Done reports it once settled",
                NodeIds.Int32, AccessLevel.READ_WRITE, Variant.ofInt32(0))
                .getFilterChain().addLast(onValueWrite(this::requestPath));
        addVariable(path, "Robot/Path/Done",
                "Number of the last path request that has settled; its source timestamp is when it settled",
                NodeIds.Int32, AccessLevel.READ_ONLY, Variant.ofInt32(0))
                .getFilterChain().addLast(computed(s -> Variant.ofInt32(s.pathDone()), RobotMotion.Snapshot::pathDoneS));
    }

    private void addLoadNodes(UaObjectNode robot) {
        UaObjectNode loadObject = addObject(robot, "Robot/Load", "Force on the tool, N, base frame; applied at rest");
        for (int i = 0; i < load.length; i++) {
            int axis = i;
            load[i] = addVariable(loadObject, "Robot/Load/" + AXES[i], "Force along base " + AXES[i] + ", N",
                    NodeIds.Double, AccessLevel.READ_WRITE, Variant.ofDouble(0));
            load[i].getFilterChain().addLast(onValueWrite(v -> applyLoad(axis, v)));
        }
    }

    /** The tracker's value items join the stream; every other item is sampled like a read. */
    @Override
    public void onDataItemsCreated(List<DataItem> items) {
        super.onDataItemsCreated(notStreamed(items, true));
    }

    /** A streamed item keeps the tracker's own period, whatever interval it asks for now. */
    @Override
    public void onDataItemsModified(List<DataItem> items) {
        super.onDataItemsModified(notStreamed(items, false));
    }

    /** Streamed items leave the stream; the stream stops sampling when none is left. */
    @Override
    public void onDataItemsDeleted(List<DataItem> items) {
        List<DataItem> others = new ArrayList<>();
        for (DataItem item : items) {
            if (stream.carries(item)) {
                stream.remove(item);
            } else {
                others.add(item);
            }
        }
        super.onDataItemsDeleted(others);
    }

    /** The stream asks each of its items whether sampling is enabled before every sample. */
    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> items) {
        super.onMonitoringModeChanged(items.stream().filter(i -> !(i instanceof DataItem d && stream.carries(d)))
                .toList());
    }

    /** Hands the tracker's value items to the stream (when {@code adding}); returns the rest. */
    private List<DataItem> notStreamed(List<DataItem> items, boolean adding) {
        List<DataItem> others = new ArrayList<>();
        for (DataItem item : items) {
            Integer axis = trackerAxes.get(item.getReadValueId().getNodeId());
            boolean value = item.getReadValueId().getAttributeId().intValue() == AttributeId.Value.id();
            if (axis != null && value) {
                if (adding) {
                    stream.add(item, axis);
                }
            } else {
                others.add(item);
            }
        }
        return others;
    }

    private void requestMove(DataValue value) {
        int number = (Integer) value.getValue().getValue();
        synchronized (this) {
            if (number == lastRequest) {
                return;
            }
            lastRequest = number;
            double[] t = new double[AXES.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = ((Number) target[i].getValue().getValue().getValue()).doubleValue();
            }
            double speed = ((Number) speedOverride.getValue().getValue().getValue()).doubleValue();
            MotionState started = motion.startMove(number, Pose.of(t[0], t[1], t[2], t[3], t[4], t[5]), speed);
            stop.setValue(new DataValue(Variant.ofBoolean(false)));
            LOG.debug("move {} to {} at {} %: {}", number, t, speed, started);
        }
    }

    private void requestPath(DataValue value) {
        int number = (Integer) value.getValue().getValue();
        synchronized (this) {
            if (number == lastPathRequest) {
                return;
            }
            lastPathRequest = number;
            Double[][] axes = new Double[AXES.length][];
            for (int i = 0; i < AXES.length; i++) {
                Object array = pathPoints[i].getValue().getValue().getValue();
                axes[i] = array instanceof Double[] doubles ? doubles : new Double[0];
            }
            List<Pose> points = new ArrayList<>();
            for (int k = 0; k < axes[0].length; k++) {
                double[] p = new double[AXES.length];
                for (int i = 0; i < AXES.length; i++) {
                    p[i] = k < axes[i].length && axes[i][k] != null ? axes[i][k] : Double.NaN;
                }
                points.add(Pose.of(p[0], p[1], p[2], p[3], p[4], p[5]));
            }
            PathType type = PathType.of((Integer) pathType.getValue().getValue().getValue());
            double speed = ((Number) pathSpeed.getValue().getValue().getValue()).doubleValue();
            boolean sameLengths = Arrays.stream(axes).allMatch(a -> a.length == axes[0].length);
            MotionState started = sameLengths ? motion.startPath(number, type, points, speed)
                    : motion.startPath(number, type, List.of(), speed);
            stop.setValue(new DataValue(Variant.ofBoolean(false)));
            LOG.debug("path {} ({}, {} points at {} mm/s): {}", number, type, points.size(), speed, started);
        }
    }

    private void requestStop(DataValue value) {
        if (Boolean.TRUE.equals(value.getValue().getValue())) {
            stopWritten = true;
            motion.stop();
            LOG.debug("stop written");
        }
    }

    private void applyLoad(int axis, DataValue value) throws UaException {
        double newton = ((Number) value.getValue().getValue()).doubleValue();
        if (!Double.isFinite(newton)) {
            throw new UaException(StatusCodes.Bad_OutOfRange, "load " + newton + " N is not a number");
        }
        double[] force = motion.snapshot().force().toArray();
        force[axis] = newton;
        if (!motion.applyLoad(new Vector3(force[0], force[1], force[2]))) {
            throw new UaException(StatusCodes.Bad_InvalidState, "loads are applied at rest, and the robot is moving");
        }
    }

    private void checkPathSpeed(DataValue value) throws UaException {
        checkRange("path speed", value, Double.MIN_VALUE, config.maxSpeedMmPerS(),
                "(0, " + config.maxSpeedMmPerS() + "] mm/s");
    }

    private static void checkRange(String what, DataValue value, double min, double max, String range)
            throws UaException {
        double v = ((Number) value.getValue().getValue()).doubleValue();
        if (!(v >= min && v <= max)) {
            throw new UaException(StatusCodes.Bad_OutOfRange, what + " " + v + " outside " + range);
        }
    }

    private double measure(Pose attained, int axis) {
        double value = component(attained, axis);
        if (axis < 3 && config.trackerSigmaMm() > 0) {
            synchronized (trackerNoise) {
                value += trackerNoise.nextGaussian() * config.trackerSigmaMm();
            }
        }
        return value;
    }

    private static double component(Pose pose, int axis) {
        return switch (axis) {
            case 0 -> pose.position().x();
            case 1 -> pose.position().y();
            case 2 -> pose.position().z();
            case 3 -> pose.a();
            case 4 -> pose.b();
            default -> pose.c();
        };
    }

    private static String axisText(int axis) {
        return axis < 3 ? AXES[axis] + ", mm"
                : AXES[axis] + " (rotation about base " + "XYZ".charAt(axis - 3) + "), deg";
    }

    /** A value computed at read time, stamped with the simulated time it describes. */
    private AttributeFilter computed(Function<RobotMotion.Snapshot, Variant> value,
            Function<RobotMotion.Snapshot, Double> sourceSeconds) {
        return AttributeFilters.getValue(ctx -> {
            RobotMotion.Snapshot s = motion.snapshot();
            return new DataValue(value.apply(s), StatusCode.GOOD, new DateTime(clock.instant(sourceSeconds.apply(s))),
                    DateTime.now());
        });
    }

    /** Something that must happen when a client writes the value; a UaException refuses the write. */
    private interface ValueWrite {
        void accept(DataValue value) throws UaException;
    }

    private static AttributeFilter onValueWrite(ValueWrite action) {
        return new AttributeFilter() {
            @Override
            public void writeAttribute(AttributeFilterContext ctx, AttributeId attributeId, Object value)
                    throws UaException {
                if (attributeId == AttributeId.Value) {
                    action.accept((DataValue) value);
                }
                ctx.writeAttribute(attributeId, value);
            }
        };
    }
}
