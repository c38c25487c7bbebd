package org.testbench.rigs.sim.robot;

import java.util.Random;
import java.util.function.Function;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
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
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testbench.protocols.opcua.server.VariableNamespace;
import org.testbench.standards.geometry.Pose;

/**
 * The simulated robot's address space in namespace {@value SimulatedRobotServer#NAMESPACE_URI}:
 * a {@code Robot} object with the register-style motion interface a robot controller offers a
 * test bench, and a {@code Tracker} object, the separate laser tracker measuring the attained pose.
 *
 * <p>Command nodes act inside the write itself, so a client that has seen its write succeed knows
 * the move has started; values that change with time are computed on read from {@link RobotMotion}.
 */
final class RobotNamespace extends VariableNamespace {

    private static final Logger LOG = LoggerFactory.getLogger(RobotNamespace.class);
    private static final String[] AXES = {"X", "Y", "Z", "A", "B", "C"};

    private final SimulatedRobotConfig config;
    private final RobotMotion motion;
    private final Random trackerNoise;
    private final UaVariableNode[] target = new UaVariableNode[AXES.length];
    private UaVariableNode speedOverride;
    private UaVariableNode stop;
    private volatile boolean stopWritten;
    /** The last move request written; guarded by this. */
    private int lastRequest;

    /**
     * @param server the server to register with; the namespace takes the next free index
     * @param config the simulation parameters
     * @param motion the motion model the nodes publish and command
     */
    RobotNamespace(OpcUaServer server, SimulatedRobotConfig config, RobotMotion motion) {
        super(server, SimulatedRobotServer.NAMESPACE_URI);
        this.config = config;
        this.motion = motion;
        // Separate from the robot's draws, so reading the tracker more or less often never changes a pose.
        this.trackerNoise = new Random(config.seed() ^ 0x7F4A7C15L);
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
        UaVariableNode moveRequest = addVariable(robot, "Robot/MoveRequest",
                "Write a new number to move to the target; MoveDone reports it once settled",
                NodeIds.Int32, AccessLevel.READ_WRITE, Variant.ofInt32(0));
        moveRequest.getFilterChain().addLast(onValueWrite(this::requestMove));
        UaVariableNode moveDone = addVariable(robot, "Robot/MoveDone",
                "Number of the last move request that has settled",
                NodeIds.Int32, AccessLevel.READ_ONLY, Variant.ofInt32(0));
        moveDone.getFilterChain().addLast(computed(s -> Variant.ofInt32(s.moveDone())));
        UaVariableNode state = addVariable(robot, "Robot/MotionState",
                "0 in position, 1 moving, 2 stopped by Stop, 3 fault (target refused)",
                NodeIds.Int32, AccessLevel.READ_ONLY, Variant.ofInt32(0));
        state.getFilterChain().addLast(computed(s -> Variant.ofInt32(s.state().code())));
        speedOverride = addVariable(robot, "Robot/SpeedOverride",
                "Speed override of the next move, % of the rated speed, 1..100",
                NodeIds.Double, AccessLevel.READ_WRITE, Variant.ofDouble(100));
        speedOverride.getFilterChain().addLast(onValueWrite(RobotNamespace::checkOverride));
        stop = addVariable(robot, "Robot/Stop",
                "Write true to halt where the robot is (MotionState 2); the next move request clears it",
                NodeIds.Boolean, AccessLevel.READ_WRITE, Variant.ofBoolean(false));
        stop.getFilterChain().addLast(onValueWrite(this::requestStop));

        UaObjectNode actual = addObject(robot, "Robot/Actual", "Pose the controller believes it has");
        UaObjectNode tracker = addObject(null, "Tracker", "Laser tracker measuring the robot's mechanical interface");
        for (int i = 0; i < AXES.length; i++) {
            int axis = i;
            addVariable(actual, "Robot/Actual/" + AXES[i], "Actual " + axisText(i),
                    NodeIds.Double, AccessLevel.READ_ONLY, Variant.ofDouble(homeValues[i])).getFilterChain()
                    .addLast(computed(s -> Variant.ofDouble(component(s.actual(), axis))));
            addVariable(tracker, "Tracker/" + AXES[i], "Measured " + axisText(i),
                    NodeIds.Double, AccessLevel.READ_ONLY, Variant.ofDouble(homeValues[i])).getFilterChain()
                    .addLast(computed(s -> Variant.ofDouble(measure(s.attained(), axis))));
        }
        LOG.debug("simulated robot address space ready in namespace {}", getNamespaceIndex());
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

    private void requestStop(DataValue value) {
        if (Boolean.TRUE.equals(value.getValue().getValue())) {
            stopWritten = true;
            motion.stop();
            LOG.debug("stop written");
        }
    }

    private static void checkOverride(DataValue value) throws UaException {
        double percent = ((Number) value.getValue().getValue()).doubleValue();
        if (!(percent >= 1 && percent <= 100)) {
            throw new UaException(StatusCodes.Bad_OutOfRange, "speed override " + percent + " % outside 1..100 %");
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

    /** A value computed at read time, stamped with the read time as its source time. */
    private AttributeFilter computed(Function<RobotMotion.Snapshot, Variant> value) {
        return AttributeFilters.getValue(ctx -> {
            DateTime now = DateTime.now();
            return new DataValue(value.apply(motion.snapshot()), StatusCode.GOOD, now, now);
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
