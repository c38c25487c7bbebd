package org.testbench.cli;

import java.util.function.DoubleSupplier;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilters;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.testbench.protocols.opcua.server.VariableNamespace;

/**
 * A small drive bench served over OPC UA for the generic-device tests: an output load with
 * writable enable and torque command, whose torque sensor reads the command and whose encoder
 * twists 1 deg per 50 Nm; an input shaft that turns at (T - 2 Nm) x 100 rpm once the enabled
 * output carries more than 2 Nm (a starting torque of 2 Nm); and a simulated clock running
 * {@value #TIME_SCALE} times faster than wall time.
 */
final class DriveBench extends VariableNamespace {

    /** The namespace URI addresses name. */
    static final String URI = "urn:testbench:drive-bench";
    /** Simulated seconds per wall second: an hour passes in 0.1 s. */
    static final double TIME_SCALE = 36_000;

    private final long start = System.nanoTime();
    private UaVariableNode enable;
    private UaVariableNode torqueCommand;

    DriveBench(OpcUaServer server) {
        super(server, URI);
    }

    @Override
    protected void addNodes() {
        UaObjectNode output = addObject(null, "Output", "Load machine on the output shaft");
        enable = addVariable(output, "Output/Enable", "1 = load machine enabled", NodeIds.Boolean,
                AccessLevel.READ_WRITE, Variant.ofBoolean(false));
        torqueCommand = addVariable(output, "Output/TorqueCommand", "Load torque, Nm", NodeIds.Double,
                AccessLevel.READ_WRITE, Variant.ofDouble(0));
        computed(output, "Output/Torque", "Output torque sensor, Nm", this::torque);
        computed(output, "Output/Angle", "Output encoder, deg", () -> torque() / 50);
        UaObjectNode input = addObject(null, "Input", "Input shaft");
        computed(input, "Input/Speed", "Input speed, rpm", () -> enabled() && torque() > 2 ? (torque() - 2) * 100 : 0);
        UaObjectNode bench = addObject(null, "Bench", "The bench itself");
        computed(bench, "Bench/SimTime", "Simulated seconds since start", this::simulatedSeconds);
    }

    /** @return the torque command last written, Nm */
    double torque() {
        return ((Number) torqueCommand.getValue().getValue().getValue()).doubleValue();
    }

    /** @return whether the load machine is enabled */
    boolean enabled() {
        return Boolean.TRUE.equals(enable.getValue().getValue().getValue());
    }

    private double simulatedSeconds() {
        return (System.nanoTime() - start) / 1e9 * TIME_SCALE;
    }

    private void computed(UaObjectNode parent, String id, String description, DoubleSupplier value) {
        UaVariableNode node = addVariable(parent, id, description, NodeIds.Double, AccessLevel.READ_ONLY,
                Variant.ofDouble(0));
        node.getFilterChain().addLast(AttributeFilters.getValue(ctx -> {
            DateTime now = DateTime.now();
            return new DataValue(Variant.ofDouble(value.getAsDouble()), StatusCode.GOOD, now, now);
        }));
    }
}
